// Shown on every page to a member whose address is not confirmed yet: RSVPs and invitations wait for it.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { useAccount } from '../auth/session';
import { rememberReturnPath } from './return-path';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

export function UnverifiedEmailNotice() {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const resend = useMutation({
    mutationFn: async () => {
      rememberReturnPath(`${location.pathname}${location.search}`);
      unwrap(await api.POST('/api/v1/auth/verify-email/resend'));
    },
  });
  if (!account.data || account.data.emailVerified || location.pathname === '/verify-email') return null;
  return (
    <Notice tone="warning" className="" role="status">
      <p>{t('accounts.unverified.notice', { email: account.data.email })}</p>
      {resend.isSuccess ? (
        <p>{t('accounts.unverified.resent')}</p>
      ) : (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {t('accounts.unverified.resend')}
        </Button>
      )}
    </Notice>
  );
}
