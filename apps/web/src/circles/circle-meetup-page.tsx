// /c/:slug/meetups/new — an organiser of the circle writes a meetup in it; it starts as a draft, published from its page.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { FormAlert } from '../forms/form-alert';
import { useFormErrors } from '../forms/use-form-errors';
import type { MeetupDraft } from '../meetups/meetup-api';
import { draftFromForm, MeetupFields, meetupFieldText } from '../meetups/meetup-form';
import { NotFoundPage } from '../not-found/not-found-page';
import { Button } from '../ui/button';
import { PageHeading } from '../ui/page-heading';
import { useCircle } from './circles-api';

export function CircleMeetupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const circle = useCircle(slug);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show } = useFormErrors(form);
  const create = useMutation({
    mutationFn: async (draft: MeetupDraft) =>
      unwrap(await api.POST('/api/v1/circles/{slug}/meetups', { params: { path: { slug } }, body: draft })),
  });

  if (circle.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (!circle.data?.viewer.isOrganiser) return <NotFoundPage />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    create.mutate(draftFromForm(new FormData(event.currentTarget)), {
      onSuccess: (meetup) => void navigate(`/m/${meetup.id}`),
      onError: (error) => show(error, {}, t('form.fixFields'), t('form.failed'), meetupFieldText(t)),
    });
  };

  return (
    <section className="max-w-md">
      <PageHeading>{t('circles.newMeetupTitle', { name: circle.data.name })}</PageHeading>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.form} />
        <MeetupFields errors={errors.fields} />
        <Button type="submit" disabled={create.isPending}>
          {t('meetupForm.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
