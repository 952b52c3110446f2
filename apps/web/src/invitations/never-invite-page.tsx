// /never-invite/:token — where "Never invite me to Neuland again" in an invitation mail to an address lands: one
// button opts the address out, the page says so and offers to undo it. No login; the signed link is enough, and
// opening the page changes nothing (mail scanners open links).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { PageHeading } from '../ui/page-heading';
import { type InvitationOptOut, useChangeInvitationOptOut, useInvitationOptOut } from './never-invite-api';
import { Button } from '../ui/button';

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // 400 for a link that is not genuine; a link that grew too long on its way is refused before the API reads it.
  const refused = error instanceof ApiError && error.body.statusCode >= 400 && error.body.statusCode < 500;
  if (!refused) {
    return <p role="alert">{t('home.loadFailed')}</p>;
  }
  return (
    <>
      <PageHeading>{t('mail:neverInvite.invalidTitle')}</PageHeading>
      <p>{t('mail:neverInvite.invalidText')}</p>
    </>
  );
}

function OptOutSwitch({ token, optOut }: { token: string; optOut: InvitationOptOut }) {
  const { t } = useTranslation();
  const change = useChangeInvitationOptOut(token);
  const justChanged = change.isSuccess ? change.data.optedOut : undefined;

  let message: string;
  if (justChanged === true) message = t('mail:neverInvite.done');
  else if (justChanged === false) message = t('mail:neverInvite.backOn');
  else if (optOut.optedOut) message = t('mail:neverInvite.alreadyOut');
  else message = t('mail:neverInvite.question');

  // One button that stays in place while its label changes, so keyboard focus stays on it after a click.
  const label = !optOut.optedOut
    ? t('mail:neverInvite.optOut')
    : justChanged === true
      ? t('mail:neverInvite.undo')
      : t('mail:neverInvite.allowAgain');
  return (
    <>
      <p role="status" className="text-lg">
        {message}
      </p>
      <FormAlert message={change.isError ? t('mail:neverInvite.failed') : undefined} />
      <p className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={optOut.optedOut ? 'secondary' : 'primary'}
          disabled={change.isPending}
          onClick={() => change.mutate(!optOut.optedOut)}
        >
          {label}
        </Button>
      </p>
      <p className="text-ink-muted">{t('mail:neverInvite.kept')}</p>
    </>
  );
}

export function NeverInvitePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const optOut = useInvitationOptOut(token);
  const language = optOut.data?.language;

  // The page speaks the language of the mail the link came in.
  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  return (
    <section className="max-w-md">
      {optOut.isPending && <p role="status">{t('mail:neverInvite.loading')}</p>}
      {optOut.isError && <LinkProblem error={optOut.error} />}
      {optOut.data && (
        <>
          <PageHeading>{t('mail:neverInvite.title')}</PageHeading>
          <OptOutSwitch token={token} optOut={optOut.data} />
        </>
      )}
    </section>
  );
}
