// The four kinds of mail a member can turn off, one labelled checkbox each with what it means.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/form-alert';
import { useFormErrors } from '../forms/use-form-errors';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationPreferences,
  useSaveNotificationPreferences,
} from './notification-api';
import { Button } from '../ui/button';

function CategoryCheckbox(props: { category: NotificationCategory; checked: boolean; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { category, checked, error } = props;
  const describedBy = [error ? `${id}-error` : undefined, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="mb-4 flex items-start gap-3 [&>input]:mt-0.5 [&>input]:size-6 [&>input]:flex-none [&_label]:font-semibold">
      <input
        id={id}
        type="checkbox"
        name={category}
        defaultChecked={checked}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      <div>
        <label htmlFor={id}>{t(`mail:category.${category}.label`)}</label>
        <p id={`${id}-hint`} className="m-0 text-sm text-ink-muted">
          {t(`mail:category.${category}.explanation`)}
        </p>
        {error && (
          <p id={`${id}-error`} className="m-0 font-semibold text-danger-text" data-field-error={category}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const save = useSaveNotificationPreferences();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const chosen = Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((category) => [category, data.get(category) === 'on']),
    ) as NotificationPreferences;
    save.mutate(chosen, {
      onSuccess: () => setSaved(true),
      onError: (error) => show(error, {}, t('form.fixFields'), t('form.failed')),
    });
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form} />
      <fieldset className="m-0 mb-4 border-0 p-0 [&>legend]:mb-3 [&>legend]:font-semibold">
        <legend>{t('notifications.legend')}</legend>
        {NOTIFICATION_CATEGORIES.map((category) => (
          <CategoryCheckbox
            key={category}
            category={category}
            checked={preferences[category]}
            error={errors.fields[category]}
          />
        ))}
      </fieldset>
      <p className="text-ink-muted">{t('notifications.always')}</p>
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('notifications.save')}
        </Button>
        <span role="status">{saved ? t('notifications.saved') : ''}</span>
      </p>
    </form>
  );
}
