// /unsubscribe/:token — where the unsubscribe link in a mail's text lands: one button turns that one category
// off, the page says what was turned off and offers to undo it. No login needed; the signed link is enough.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { PageHeading } from '../ui/page-heading';
import { type Subscription, useChangeSubscription, useSubscription } from './notification-api';
import { Button } from '../ui/button';

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const gone = error instanceof ApiError && error.code === 'MEMBER_NOT_FOUND';
  const invalid = error instanceof ApiError && error.body.statusCode === 400;
  if (!gone && !invalid) return <p role="alert">{t('home.loadFailed')}</p>;
  return (
    <>
      <PageHeading>{gone ? t('mail:unsubscribe.goneTitle') : t('mail:unsubscribe.invalidTitle')}</PageHeading>
      <p>{gone ? t('mail:unsubscribe.goneText') : t('mail:unsubscribe.invalidText')}</p>
      {invalid && (
        <p>
          <Link to="/settings/notifications">{t('mail:unsubscribe.allSettings')}</Link>
        </p>
      )}
    </>
  );
}

function SubscriptionSwitch({ token, subscription }: { token: string; subscription: Subscription }) {
  const { t } = useTranslation();
  const change = useChangeSubscription(token);
  const what = t(`mail:category.${subscription.category}.name`);
  const justChanged = change.isSuccess ? change.data.subscribed : undefined;

  let message: string;
  if (justChanged === false) message = t('mail:unsubscribe.done', { what });
  else if (justChanged === true) message = t('mail:unsubscribe.backOn', { what });
  else if (subscription.subscribed) message = t('mail:unsubscribe.question', { what });
  else message = t('mail:unsubscribe.alreadyOff', { what });

  // One button that stays in place while its label changes, so keyboard focus stays on it after a click.
  const label = subscription.subscribed
    ? t('mail:unsubscribe.unsubscribe')
    : justChanged === false
      ? t('mail:unsubscribe.undo')
      : t('mail:unsubscribe.turnBackOn');
  return (
    <>
      <p role="status" className="text-lg">
        {message}
      </p>
      <FormAlert message={change.isError ? t('mail:unsubscribe.failed') : undefined} />
      <p className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant={subscription.subscribed ? 'primary' : 'secondary'}
          disabled={change.isPending}
          onClick={() => change.mutate(!subscription.subscribed)}
        >
          {label}
        </Button>
        <Link to="/settings/notifications">{t('mail:unsubscribe.allSettings')}</Link>
      </p>
    </>
  );
}

export function UnsubscribePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const subscription = useSubscription(token);
  const language = subscription.data?.language;

  // The page speaks the language of the mail the link came from: the member's profile language.
  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  return (
    <section className="max-w-md">
      {subscription.isPending && <p role="status">{t('mail:unsubscribe.loading')}</p>}
      {subscription.isError && <LinkProblem error={subscription.error} />}
      {subscription.data && (
        <>
          <PageHeading>{t('mail:unsubscribe.title')}</PageHeading>
          <SubscriptionSwitch token={token} subscription={subscription.data} />
        </>
      )}
    </section>
  );
}
