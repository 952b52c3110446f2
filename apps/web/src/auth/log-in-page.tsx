import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../forms/text-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../layout/page-heading';
import { nextPath } from './next-path';
import { useLogIn } from './session';

export function LogInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = nextPath(useLocation().search);
  const logIn = useLogIn();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const data = new FormData(event.currentTarget);
    logIn.mutate(
      { email: textOf(data, 'email'), password: textOf(data, 'password') },
      {
        onSuccess: () => void navigate(next),
        onError: (error) =>
          show(
            error,
            { INVALID_CREDENTIALS: t('logIn.invalid'), TOO_MANY_REQUESTS: t('logIn.tooMany') },
            t('form.fixFields'),
            t('form.failed'),
          ),
      },
    );
  };

  return (
    <section className="narrow">
      <PageHeading>{t('logIn.title')}</PageHeading>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label={t('form.email')}
          name="email"
          type="email"
          autoComplete="email"
          error={errors.fields.email}
        />
        <TextField
          label={t('form.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          error={errors.fields.password}
        />
        <button type="submit" className="button" disabled={logIn.isPending}>
          {logIn.isPending ? t('form.sending') : t('logIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/password-reset">{t('accounts.reset.forgot')}</Link>
      </p>
      <p>
        {t('logIn.noAccount')}{' '}
        <Link to={`/signup${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`}>
          {t('nav.signUp')}
        </Link>
      </p>
    </section>
  );
}
