// /organiser-request — under the approval policy a member asks the admins to let them organise meetups.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import { FormAlert } from '../forms/form-alert';
import { TextAreaField } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../ui/page-heading';
import { useAskToOrganise, useOrganising } from './organising-api';
import { Button, ButtonLink } from '../ui/button';
import { Notice } from '../ui/notice';

export function BecomeOrganiserPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const verified = account.data?.emailVerified ?? false;
  const organising = useOrganising(verified);

  if (account.isPending) return <p role="status">{t('organising.loading')}</p>;
  if (!account.data) return <p>{t('organising.logInFirst')}</p>;
  return (
    <section className="max-w-md">
      <PageHeading>{t('organising.title')}</PageHeading>
      {!verified ? (
        <Notice tone="warning">{t('organising.verifyFirst')}</Notice>
      ) : organising.isPending ? (
        <p role="status">{t('organising.loading')}</p>
      ) : organising.data?.mayCreateMeetups ? (
        <p>
          {t('organising.already')} <ButtonLink to="/meetups/new">{t('organising.newMeetup')}</ButtonLink>
        </p>
      ) : organising.data?.request?.status === 'pending' ? (
        <Notice tone="warning" role="status">
          {t('organising.pending')}
        </Notice>
      ) : (
        <AskForm declinedBefore={organising.data?.request?.status === 'declined'} />
      )}
    </section>
  );
}

function AskForm({ declinedBefore }: { declinedBefore: boolean }) {
  const { t } = useTranslation();
  const ask = useAskToOrganise();
  const [message, setMessage] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    ask.mutate(message, {
      onError: (error) => show(error, {}, t('form.fixFields'), t('form.failed')),
    });
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      {declinedBefore && <Notice tone="warning">{t('organising.declined')}</Notice>}
      <p>{t('organising.intro')}</p>
      <FormAlert message={errors.form} />
      <TextAreaField
        label={t('organising.message')}
        hint={t('organising.messageHint')}
        name="message"
        rows={4}
        maxLength={1000}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={errors.fields.message}
      />
      <Button type="submit" disabled={ask.isPending}>
        {t('organising.submit')}
      </Button>
    </form>
  );
}
