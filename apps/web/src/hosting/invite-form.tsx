// Inviting: a member by handle, anyone by e-mail address, or in bulk (my contacts in a city, people I know online
// by topic), with a personal line for the mail.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, RateLimitedError } from '../api/api-error';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField, TextField, textOf } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { retryTimeText } from '../i18n/i18n';
import { useInvite } from './invitations-api';
import { Button } from '../ui/button';

const TARGETS = ['handle', 'email', 'contactsInCity', 'knownOnlineInterestedIn'] as const;
type Target = (typeof TARGETS)[number];
const isBulk = (target: Target) => target === 'contactsInCity' || target === 'knownOnlineInterestedIn';

// Errors that belong to the person named rather than to the whole form.
const TARGET_ERRORS: Record<string, string> = {
  PROFILE_NOT_FOUND: 'hosting.invitations.noSuchHandle',
  INVITEE_NOT_A_CONTACT: 'hosting.invitations.notAContact',
};
const FORM_ERRORS: Record<string, string> = {
  MEETUP_NOT_PUBLISHED: 'hosting.invitations.notPublished',
  MEETUP_CANCELLED: 'hosting.invitations.meetupCancelled',
  MEETUP_IN_PAST: 'hosting.invitations.inPast',
  NOT_ALLOWED_TO_INVITE: 'hosting.invitations.notAllowed',
  EMAIL_NOT_VERIFIED: 'hosting.invitations.verifyEmail',
};

export function InviteForm({ meetupId }: { meetupId: string }) {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<Target>('handle');
  const [sent, setSent] = useState<string | null>(null);
  const invite = useInvite(meetupId);
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, clear, show } = useFormErrors(form);

  const onError = (error: unknown) => {
    if (error instanceof RateLimitedError) {
      const message = t('hosting.invitations.rateLimited', {
        time: retryTimeText(error.retryAt, i18n.language),
      });
      setErrors({ fields: { [target]: message } });
    } else if (error instanceof ApiError && TARGET_ERRORS[error.code]) {
      setErrors({ fields: { [target]: t(TARGET_ERRORS[error.code]) } });
    } else {
      const messages = Object.fromEntries(Object.entries(FORM_ERRORS).map(([code, key]) => [code, t(key)]));
      show(error, messages, t('form.fixFields'), t('form.failed'));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSent(null);
    const data = new FormData(event.currentTarget);
    const person = textOf(data, target).trim();
    const personalMessage = textOf(data, 'personalMessage').trim();
    const request = { [target]: person, ...(personalMessage ? { personalMessage } : {}) };
    invite.mutate(request, {
      onSuccess: (created) => {
        if (created.items.length === 0) {
          const nobody = isBulk(target) ? 'hosting.invitations.nobodyMatched' : 'hosting.invitations.skipped';
          setErrors({ fields: { [target]: t(nobody) } });
          return;
        }
        setSent(
          isBulk(target)
            ? t('hosting.invitations.sentBulk', { count: created.items.length })
            : t('hosting.invitations.sent', { person }),
        );
        form.current?.reset();
      },
      onError,
    });
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="">
      <h2>{t('hosting.invitations.inviteTitle')}</h2>
      <FormAlert message={errors.form} />
      <fieldset className="m-0 mb-4 border-0 p-0 [&>legend]:mb-1 [&>legend]:font-semibold [&_label]:flex [&_label]:min-h-11 [&_label]:items-center [&_label]:gap-2 [&_input]:size-5">
        <legend>{t('hosting.invitations.whom')}</legend>
        {TARGETS.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="target"
              value={kind}
              checked={target === kind}
              onChange={() => {
                setTarget(kind);
                clear();
              }}
            />{' '}
            {t(`hosting.invitations.by.${kind}`)}
          </label>
        ))}
      </fieldset>
      {target === 'handle' && (
        <TextField
          key="handle"
          label={t('hosting.invitations.handle')}
          hint={t('hosting.invitations.handleHint')}
          name="handle"
          autoComplete="off"
          autoCapitalize="none"
          error={errors.fields.handle}
        />
      )}
      {target === 'email' && (
        <TextField
          key="email"
          label={t('hosting.invitations.email')}
          hint={t('hosting.invitations.emailHint')}
          name="email"
          type="email"
          autoComplete="off"
          error={errors.fields.email}
        />
      )}
      {isBulk(target) && (
        <TextField
          key={target}
          label={t(`hosting.invitations.${target}`)}
          hint={t(`hosting.invitations.${target}Hint`)}
          name={target}
          autoComplete="off"
          error={errors.fields[target]}
        />
      )}
      <TextAreaField
        label={t('hosting.invitations.personalMessage')}
        hint={t('hosting.invitations.personalMessageHint')}
        name="personalMessage"
        rows={3}
        maxLength={1000}
        error={errors.fields.personalMessage}
      />
      {sent && <p role="status">{sent}</p>}
      <Button type="submit" disabled={invite.isPending}>
        {t('hosting.invitations.send')}
      </Button>
    </form>
  );
}
