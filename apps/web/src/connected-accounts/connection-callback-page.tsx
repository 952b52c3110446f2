// /settings/connections/callback — where the member's Mastodon server sends them back: hands the code and state to
// the API once, then shows the connected accounts.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { Notice } from '../ui/notice';
import { PageHeading } from '../ui/page-heading';
import { useFinishMastodonConnection } from './connected-accounts-api';

const FINISH_ERRORS = [
  'CONNECTION_STATE_INVALID',
  'CONNECTION_REFUSED_BY_SERVER',
  'CONNECTION_SERVER_UNREACHABLE',
  'ACCOUNT_VERIFIED_BY_SOMEONE_ELSE',
];

export function ConnectionCallbackPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const finish = useFinishMastodonConnection();
  const sent = useRef(false);
  const code = params.get('code');
  const state = params.get('state');

  useEffect(() => {
    // A code is good for one exchange: React's second effect run in development must not send it again.
    if (sent.current || !code || !state) return;
    sent.current = true;
    finish.mutate(
      { code, state },
      { onSuccess: () => void navigate('/settings/connections', { replace: true }) },
    );
  }, [code, state, finish, navigate]);

  const errorCode = finish.error instanceof ApiError ? finish.error.code : '';
  const problem = !code
    ? t('connectedAccounts.callbackDenied')
    : !state
      ? t('connectedAccounts.error_CONNECTION_STATE_INVALID')
      : finish.isError
        ? FINISH_ERRORS.includes(errorCode)
          ? t(`connectedAccounts.error_${errorCode}`)
          : t('form.failed')
        : undefined;

  return (
    <section className="max-w-xl">
      <PageHeading>{t('connectedAccounts.callbackTitle')}</PageHeading>
      {problem ? (
        <Notice tone="danger" role="alert">
          <p>{problem}</p>
        </Notice>
      ) : (
        <p role="status">{t('connectedAccounts.callbackWorking')}</p>
      )}
      <Link to="/settings/connections">{t('connectedAccounts.back')}</Link>
    </section>
  );
}
