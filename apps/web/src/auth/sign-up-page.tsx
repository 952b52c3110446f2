import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../ui/page-heading';
import { rememberReturnPath } from '../accounts/return-path';
import { nextPath } from './next-path';
import { useSignUp } from './session';
import { Button } from '../ui/button';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const next = nextPath(useLocation().search);
  const signUp = useSignUp();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const data = new FormData(event.currentTarget);
    signUp.mutate(
      {
        email: textOf(data, 'email'),
        password: textOf(data, 'password'),
        displayName: textOf(data, 'displayName'),
        language: i18n.language === 'de' ? 'de' : 'en',
      },
      {
        // The mail's link brings the person back here, often in another tab: remember where they were going.
        onSuccess: () => rememberReturnPath(next),
        onError: (error) =>
          show(error, { TOO_MANY_REQUESTS: t('logIn.tooMany') }, t('form.fixFields'), t('form.failed')),
      },
    );
  };

  if (signUp.isSuccess) {
    return (
      <section className="max-w-md">
        <PageHeading>{t('signUp.checkInbox')}</PageHeading>
        <p role="status">{t('signUp.sent', { email: signUp.variables.email })}</p>
        <p>
          {t('signUp.noMail')} <Link to="/verify-email">{t('signUp.sendAgain')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="max-w-md">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <p>{t('signUp.intro')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label={t('form.displayName')}
          hint={t('form.displayNameHint')}
          name="displayName"
          autoComplete="name"
          error={errors.fields.displayName}
        />
        <TextField
          label={t('form.email')}
          name="email"
          type="email"
          autoComplete="email"
          error={errors.fields.email}
        />
        <TextField
          label={t('form.password')}
          hint={t('form.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          error={errors.fields.password}
        />
        <Button type="submit" disabled={signUp.isPending}>
          {signUp.isPending ? t('form.sending') : t('signUp.submit')}
        </Button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/login">{t('nav.logIn')}</Link>
      </p>
    </section>
  );
}
