// /meetups/new and /m/:id/edit — hosts write a meetup; it starts as a draft and is published from its page.
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { useFormErrors } from '../forms/use-form-errors';
import { CoHosts } from '../hosting/co-hosts';
import { PageHeading } from '../ui/page-heading';
import { useOrganising } from '../organising/organising-api';
import { MayNotCreateMeetups } from '../organising/may-not-create-meetups';
import { NotFoundPage } from '../not-found/not-found-page';
import { useMeetup, useSaveMeetup } from './meetup-api';
import { draftFromForm, MeetupFields, meetupFieldText, problemsBeforeSaving } from './meetup-form';
import { Button } from '../ui/button';

export function MeetupEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = useMeetup(id ?? '');
  const save = useSaveMeetup(id);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, clear, show } = useFormErrors(form);
  const organising = useOrganising(!id);

  if (!id && organising.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (!id && !organising.data?.mayCreateMeetups) return <MayNotCreateMeetups />;
  if (id && existing.isPending) return <p role="status">{t('meetup.loading')}</p>;
  if (id && (!existing.data || !existing.data.viewerIsHost)) return <NotFoundPage />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const draft = draftFromForm(new FormData(event.currentTarget));
    const problems = problemsBeforeSaving(draft, t);
    if (Object.keys(problems).length > 0) return setErrors({ fields: problems, form: t('form.fixFields') });
    save.mutate(draft, {
      onSuccess: (meetup) => void navigate(`/m/${meetup.id}`),
      onError: (error) =>
        show(
          error,
          { FORBIDDEN: t('meetupForm.forbidden') },
          t('form.fixFields'),
          t('form.failed'),
          meetupFieldText(t),
        ),
    });
  };

  return (
    <section className="max-w-md">
      <PageHeading>{id ? t('meetupForm.editTitle') : t('meetupForm.createTitle')}</PageHeading>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.form} />
        <MeetupFields meetup={existing.data ?? undefined} errors={errors.fields} />
        <Button type="submit" disabled={save.isPending}>
          {id ? t('meetupForm.save') : t('meetupForm.createSubmit')}
        </Button>
      </form>
      {existing.data && <CoHosts meetup={existing.data} />}
    </section>
  );
}
