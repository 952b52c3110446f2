// /verify-email?token=… — where the verification mail's link lands. Confirming takes a click, never the page load:
// mail scanners open links too. A confirmed address goes on to log in (sign-up logs nobody in before it).
// Without a token: ask for a new link by address, for people who cannot log in yet.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { LogInForm } from '../auth/log-in-form';
import { useAccount } from '../auth/session';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../ui/page-heading';
import { takeReturnPath } from './return-path';
import { Button, ButtonLink } from '../ui/button';

export function VerifyEmailPage() {
  const token = useSearchParams()[0].get('token');
  return token ? <ConfirmAddress token={token} /> : <AskForVerificationLink />;
}

function ConfirmAddress({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const account = useAccount();
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
      <section className="max-w-md">
        <PageHeading>{t('accounts.verify.done')}</PageHeading>
        {account.data ? (
          <p className="flex flex-wrap items-center gap-3">
            <ButtonLink to={continueTo}>{t('accounts.verify.continue')}</ButtonLink>
          </p>
        ) : (
          <>
            <p>{t('accounts.verify.logIn')}</p>
            <LogInForm email={verify.data.email} onLoggedIn={() => void navigate(continueTo)} />
          </>
        )}
      </section>
    );
  }
  const failed =
    verify.error instanceof ApiError ? t('accounts.verify.invalid') : verify.error && t('form.failed');
  return (
    <section className="max-w-md">
      <PageHeading>{t('accounts.verify.title')}</PageHeading>
      <p>{t('accounts.verify.intro')}</p>
      <FormAlert message={failed || undefined} />
      <p className="flex flex-wrap items-center gap-3">
        <Button type="button" disabled={verify.isPending} onClick={() => verify.mutate()}>
          {verify.isPending ? t('form.sending') : t('accounts.verify.submit')}
        </Button>
      </p>
      {verify.error instanceof ApiError && (
        <p>
          <Link to="/verify-email">{t('accounts.verify.askAgain')}</Link>
        </p>
      )}
    </section>
  );
}

function AskForVerificationLink() {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const request = useMutation({
    mutationFn: async (email: string) =>
      unwrap(await api.POST('/api/v1/auth/verify-email/request', { body: { email } })),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    request.mutate(textOf(new FormData(event.currentTarget), 'email'), {
      onError: (error) =>
        show(error, { TOO_MANY_REQUESTS: t('logIn.tooMany') }, t('form.fixFields'), t('form.failed')),
    });
  };
  return (
    <section className="max-w-md">
      <PageHeading>{t('accounts.verify.requestTitle')}</PageHeading>
      {request.isSuccess ? (
        <p role="status">{t('accounts.verify.requested')}</p>
      ) : (
        <form ref={form} onSubmit={onSubmit} noValidate>
          <FormAlert message={errors.form} />
          <p>{t('accounts.verify.requestIntro')}</p>
          <TextField
            label={t('form.email')}
            name="email"
            type="email"
            autoComplete="email"
            error={errors.fields.email}
          />
          <Button type="submit" disabled={request.isPending}>
            {request.isPending ? t('form.sending') : t('accounts.verify.requestSubmit')}
          </Button>
        </form>
      )}
    </section>
  );
}
