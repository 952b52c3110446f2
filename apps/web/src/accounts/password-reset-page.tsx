// /password-reset — without a token: ask for the link by e-mail address; with the mail's ?token=: choose a new one.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../ui/page-heading';
import { Button, ButtonLink } from '../ui/button';

export function PasswordResetPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  return (
    <section className="max-w-md">
      <PageHeading>{t('accounts.reset.title')}</PageHeading>
      {token ? <ChooseNewPassword token={token} /> : <AskForResetLink />}
    </section>
  );
}

function AskForResetLink({ invalidLink = false }: { invalidLink?: boolean }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const request = useMutation({
    mutationFn: async (email: string) =>
      unwrap(await api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    request.mutate(textOf(new FormData(event.currentTarget), 'email'), {
      onError: (error) =>
        show(error, { TOO_MANY_REQUESTS: t('logIn.tooMany') }, t('form.fixFields'), t('form.failed')),
    });
  };
  if (request.isSuccess) return <p role="status">{t('accounts.reset.requested')}</p>;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form ?? (invalidLink ? t('accounts.reset.invalid') : undefined)} />
      <p>{t('accounts.reset.requestIntro')}</p>
      <TextField
        label={t('form.email')}
        name="email"
        type="email"
        autoComplete="email"
        error={errors.fields.email}
      />
      <Button type="submit" disabled={request.isPending}>
        {request.isPending ? t('form.sending') : t('accounts.reset.requestSubmit')}
      </Button>
    </form>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const confirm = useMutation({
    mutationFn: async (newPassword: string) =>
      unwrap(await api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    confirm.mutate(textOf(new FormData(event.currentTarget), 'newPassword'), {
      onError: (error) =>
        show(error, { TOO_MANY_REQUESTS: t('logIn.tooMany') }, t('form.fixFields'), t('form.failed')),
    });
  };
  if (confirm.isSuccess) {
    return (
      <>
        <p role="status">{t('accounts.reset.done')}</p>
        <p className="flex flex-wrap items-center gap-3">
          <ButtonLink to="/login">{t('accounts.reset.logIn')}</ButtonLink>
        </p>
      </>
    );
  }
  const linkBroken =
    confirm.error instanceof ApiError &&
    (confirm.error.code === 'TOKEN_INVALID' || 'token' in confirm.error.fieldMessages());
  if (linkBroken) {
    return <AskForResetLink invalidLink />;
  }
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label={t('accounts.reset.newPassword')}
        hint={t('form.passwordHint')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        error={errors.fields.newPassword}
      />
      <Button type="submit" disabled={confirm.isPending}>
        {confirm.isPending ? t('form.sending') : t('accounts.reset.confirmSubmit')}
      </Button>
    </form>
  );
}
