// /m/:id/invitations — hosts invite people, see every invitation's state, withdraw pending ones, set the guest policy.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { useChoiceBeingSaved } from '../forms/use-choice-being-saved';
import { formattingLocale } from '../i18n/i18n';
import type { Meetup } from '../meetups/meetup-api';
import { HostPage } from './host-page';
import {
  type SentInvitation,
  useGuestPolicy,
  useRevokeInvitation,
  useSentInvitations,
} from './invitations-api';
import { InviteForm } from './invite-form';
import { Badge } from '../ui/badge';
import { Avatar } from '../ui/avatar';
import { EmptyState } from '../ui/empty-state';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

function GuestPolicySwitch({ meetupId }: { meetupId: string }) {
  const { t } = useTranslation();
  const { policy, change } = useGuestPolicy(meetupId);
  const [membersMayInvite, pick] = useChoiceBeingSaved(policy.data?.membersMayInvite, change);
  if (!policy.data) return null;
  return (
    <section aria-labelledby="guest-policy-heading" className="">
      <h2 id="guest-policy-heading">{t('hosting.invitations.guestPolicyTitle')}</h2>
      <label className="flex min-h-11 items-center gap-2 [&>input]:size-5">
        <input
          type="checkbox"
          checked={membersMayInvite}
          disabled={change.isPending}
          aria-describedby="guest-policy-hint"
          onChange={(event) => pick(event.target.checked)}
        />{' '}
        {t('hosting.invitations.guestPolicy')}
      </label>
      <p id="guest-policy-hint" className="m-0 text-sm text-ink-muted">
        {t('hosting.invitations.guestPolicyHint')}
      </p>
      {change.isError && <FormAlert message={t('form.failed')} />}
    </section>
  );
}

function InvitationItem({ invitation, meetupId }: { invitation: SentInvitation; meetupId: string }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeInvitation(meetupId);
  const who = invitation.invitee ? invitation.invitee.displayName : invitation.email;
  const sentOn = new Intl.DateTimeFormat(formattingLocale(i18n.language), { dateStyle: 'medium' }).format(
    new Date(invitation.createdAt),
  );
  const failure =
    revoke.error instanceof ApiError && revoke.error.code === 'INVITATION_ALREADY_ANSWERED'
      ? t('hosting.invitations.alreadyAnswered')
      : revoke.error
        ? t('form.failed')
        : undefined;
  return (
    <li className="invitation-item flex items-start justify-between gap-3 py-3 [overflow-wrap:anywhere]">
      {invitation.invitee && <Avatar person={invitation.invitee} />}
      <div className="min-w-0 flex-1">
        <strong>{who}</strong>
        {invitation.invitee && <span className="text-ink-muted"> @{invitation.invitee.handle}</span>}{' '}
        <Badge tone={invitation.status === 'pending' ? 'accent' : 'neutral'}>
          {t(`hosting.invitations.status.${invitation.status}`)}
        </Badge>
        <p className="text-ink-muted mt-1 mb-0 text-sm">
          {t('hosting.invitations.sentOn', { date: sentOn })}
        </p>
        <FormAlert message={failure} />
      </div>
      {invitation.status === 'pending' && (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={revoke.isPending}
          aria-label={t('hosting.invitations.revokeWho', { who })}
          onClick={() => revoke.mutate(invitation.id)}
        >
          {t('hosting.invitations.revoke')}
        </Button>
      )}
    </li>
  );
}

function SentInvitations({ meetupId }: { meetupId: string }) {
  const { t } = useTranslation();
  const invitations = useSentInvitations(meetupId);
  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">{t('hosting.invitations.listTitle')}</h2>
      {invitations.isPending && <p role="status">{t('hosting.invitations.loading')}</p>}
      {invitations.isError && <p role="alert">{t('hosting.invitations.loadFailed')}</p>}
      {invitations.data?.length === 0 && <EmptyState>{t('hosting.invitations.empty')}</EmptyState>}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="m-0 list-none divide-y divide-line p-0">
          {invitations.data.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} meetupId={meetupId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Invitations({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  return (
    <>
      {meetup.status === 'cancelled' ? (
        <Notice tone="danger">{t('hosting.invitations.meetupCancelled')}</Notice>
      ) : (
        <InviteForm meetupId={meetup.id} />
      )}
      <SentInvitations meetupId={meetup.id} />
      {meetup.visibility === 'public' && <GuestPolicySwitch meetupId={meetup.id} />}
    </>
  );
}

export function InvitationsPage() {
  const { t } = useTranslation();
  return (
    <HostPage title={t('hosting.invitations.title')} className="max-w-md">
      {(meetup) => <Invitations meetup={meetup} />}
    </HostPage>
  );
}
