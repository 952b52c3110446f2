// /meetups/:id?invitation=… — where the invitation mail's link lands: the meetup and the inviter's message,
// accept or decline; a guest logs in or signs up first and comes straight back.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { errorText } from '../api/error-text';
import { useAccount } from '../auth/session';
import { ReportButton } from '../moderation/report-button';
import { FormAlert } from '../forms/form-alert';
import { formattingLocale } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { readableTime, viewerTimeZone } from '../meetups/meetup-time';
import { Avatar } from '../ui/avatar';
import { Button, ButtonLink } from '../ui/button';

function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
  });
}

export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const token = search.get('invitation') ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const account = useAccount();
  const invitation = useInvitation(token);
  const answer = useMutation({
    mutationFn: async (choice: 'accept' | 'decline') => {
      const options = { params: { path: { token } }, body: { meetupId: id } };
      return unwrap(
        choice === 'accept'
          ? await api.POST('/api/v1/invitations/{token}/accept', options)
          : await api.POST('/api/v1/invitations/{token}/decline', options),
      );
    },
    onSuccess: (_answer, choice) => {
      if (choice === 'accept') void navigate(`/m/${id}`);
    },
  });

  if (!token) return <Navigate to={`/m/${id}`} replace />;
  if (invitation.isPending) return <p role="status">{t('invitation.loading')}</p>;
  if (invitation.isError) {
    const gone = invitation.error instanceof ApiError && invitation.error.body.statusCode === 410;
    return (
      <section className="max-w-md">
        <PageHeading>{gone ? t('invitation.gone') : t('invitation.notFound')}</PageHeading>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </section>
    );
  }
  const { invitation: received, meetup } = invitation.data;
  const time = readableTime(meetup, viewerTimeZone(), formattingLocale(i18n.language));
  const here = `${location.pathname}${location.search}`;

  return (
    <section className="max-w-md invitation">
      <div className="profile__head">
        <Avatar person={received.inviter} size={64} />
        <PageHeading>{t('invitation.title', { name: received.inviter.displayName })}</PageHeading>
      </div>
      <h2>{meetup.title}</h2>
      <p>
        {time.atVenue} ({meetup.timeZone}) · {meetup.city}
      </p>
      {received.personalMessage && (
        <blockquote className="invitation__message my-4 border-l-4 border-accent bg-surface-muted px-4 py-3">
          {received.personalMessage}
        </blockquote>
      )}
      <FormAlert message={errorText(answer.error, t)} />
      {answer.isSuccess && answer.variables === 'decline' ? (
        <p role="status">{t('invitation.declined', { name: received.inviter.displayName })}</p>
      ) : (
        <Answers
          loggedIn={Boolean(account.data)}
          declineFirst={search.get('answer') === 'decline'}
          busy={answer.isPending}
          onAnswer={(choice) => answer.mutate(choice)}
          returnTo={here}
        />
      )}
      {account.data && <ReportButton subject="invitation" subjectId={received.id} />}
    </section>
  );
}

/**
 * Accepting needs an account (a guest signs up or logs in and comes back); declining does not. The mail's decline
 * link (`&answer=decline`) puts "Decline" first, but still waits for the click: mail scanners open links too.
 */
function Answers({
  loggedIn,
  declineFirst,
  busy,
  onAnswer,
  returnTo,
}: {
  loggedIn: boolean;
  declineFirst: boolean;
  busy: boolean;
  onAnswer: (choice: 'accept' | 'decline') => void;
  returnTo: string;
}) {
  const { t } = useTranslation();
  const decline = (
    <Button
      key="decline"
      type="button"
      variant={declineFirst ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={() => onAnswer('decline')}
    >
      {t('invitation.decline')}
    </Button>
  );
  const accept = loggedIn ? (
    <Button
      key="accept"
      type="button"
      variant={declineFirst ? 'secondary' : 'primary'}
      disabled={busy}
      onClick={() => onAnswer('accept')}
    >
      {t('invitation.accept')}
    </Button>
  ) : (
    <span key="accept" className="flex flex-wrap items-center gap-3">
      <ButtonLink to={`/signup?next=${encodeURIComponent(returnTo)}`}>{t('nav.signUp')}</ButtonLink>
      <Link to={`/login?next=${encodeURIComponent(returnTo)}`}>{t('nav.logIn')}</Link>
    </span>
  );
  return (
    <>
      {declineFirst && <p>{t('invitation.declineQuestion')}</p>}
      {!loggedIn && <p>{t('invitation.logInFirst')}</p>}
      <p className="flex flex-wrap items-center gap-3">
        {declineFirst ? [decline, accept] : [accept, decline]}
      </p>
    </>
  );
}
