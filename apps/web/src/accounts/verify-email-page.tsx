// /verify-email?token=… — where the verification mail's link lands. Confirming takes a click, never the page load:
// mail scanners open links too.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { FormAlert } from '../forms/form-alert';
import { PageHeading } from '../layout/page-heading';
import { takeReturnPath } from './return-path';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const queryClient = useQueryClient();
  const [continueTo, setContinueTo] = useState('/');
  const verify = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/auth/verify-email', { body: { token } })),
    onSuccess: () => {
      setContinueTo(takeReturnPath());
      void queryClient.invalidateQueries({ queryKey: ['account'] });
    },
  });

  if (verify.isSuccess) {
    return (
      <section className="narrow">
        <PageHeading>{t('accounts.verify.done')}</PageHeading>
        <p className="actions">
          <Link className="button" to={continueTo}>
            {t('accounts.verify.continue')}
          </Link>
        </p>
      </section>
    );
  }
  const failed =
    verify.error instanceof ApiError ? t('accounts.verify.invalid') : verify.error && t('form.failed');
  return (
    <section className="narrow">
      <PageHeading>{t('accounts.verify.title')}</PageHeading>
      {token ? (
        <>
          <p>{t('accounts.verify.intro')}</p>
          <FormAlert message={failed || undefined} />
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {verify.isPending ? t('form.sending') : t('accounts.verify.submit')}
            </button>
          </p>
        </>
      ) : (
        <FormAlert message={t('accounts.verify.missing')} />
      )}
    </section>
  );
}
