// The log-in form: on the log-in page, and where a confirmed address goes on to its account.
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { textOf, TextField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { useLogIn } from './session';
import { Button } from '../ui/button';

export function LogInForm({ email, onLoggedIn }: { email?: string; onLoggedIn: () => void }) {
  const { t } = useTranslation();
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
        onSuccess: onLoggedIn,
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
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label={t('form.email')}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        error={errors.fields.email}
      />
      <TextField
        label={t('form.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        error={errors.fields.password}
      />
      <Button type="submit" disabled={logIn.isPending}>
        {logIn.isPending ? t('form.sending') : t('logIn.submit')}
      </Button>
    </form>
  );
}
