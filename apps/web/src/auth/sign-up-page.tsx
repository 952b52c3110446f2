import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../forms/text-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../layout/page-heading';
import { rememberReturnPath } from '../accounts/return-path';
import { nextPath } from './next-path';
import { useSignUp } from './session';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const next = nextPath(useLocation().search);
  const signUp = useSignUp();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show, setErrors } = useFormErrors(form);

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
        onSuccess: () => {
          if (next !== '/') rememberReturnPath(next);
          void navigate(next);
        },
        onError: (error) => {
          if ((error as { code?: string }).code === 'EMAIL_TAKEN') {
            setErrors({ fields: { email: t('signUp.emailTaken') }, form: t('form.fixFields') });
            return;
          }
          show(error, { TOO_MANY_REQUESTS: t('logIn.tooMany') }, t('form.fixFields'), t('form.failed'));
        },
      },
    );
  };

  return (
    <section className="narrow">
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
        <button type="submit" className="button" disabled={signUp.isPending}>
          {signUp.isPending ? t('form.sending') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/login">{t('nav.logIn')}</Link>
      </p>
    </section>
  );
}
