// /c/:slug/meetups/new — an organiser of the circle writes a meetup in it: a single draft, published from its page,
// or a series whose meetups of the next weeks are published at once.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { FormAlert } from '../forms/form-alert';
import { useFormErrors } from '../forms/use-form-errors';
import type { MeetupDraft } from '../meetups/meetup-api';
import { draftFromForm, MeetupFields, meetupFieldText } from '../meetups/meetup-form';
import { NotFoundPage } from '../not-found/not-found-page';
import { textOf } from '../ui/form-field';
import { Button } from '../ui/button';
import { PageHeading } from '../ui/page-heading';
import { useCircle } from './circles-api';
import { type RecurrenceChoice, ruleOf } from './series/recurrence-choice';
import { RepeatFields, repeatProblems, SINGLE } from './series/repeat-fields';

export function CircleMeetupPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const circle = useCircle(slug);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const { errors, setErrors, clear, show } = useFormErrors(form);
  const [choice, setChoice] = useState<RecurrenceChoice>(SINGLE);
  const [startWallTime, setStartWallTime] = useState('');
  const create = useMutation({
    mutationFn: async ({ draft, rule }: { draft: MeetupDraft; rule: string | null }) => {
      if (!rule) {
        const meetup = unwrap(
          await api.POST('/api/v1/circles/{slug}/meetups', { params: { path: { slug } }, body: draft }),
        );
        return meetup.id;
      }
      const { rsvpDeadline: _deadline, ...fields } = draft;
      const series = unwrap(
        await api.POST('/api/v1/circles/{slug}/series', {
          params: { path: { slug } },
          body: { ...fields, rule },
        }),
      );
      return series.occurrences[0]?.meetupId ?? null;
    },
  });

  if (circle.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (!circle.data?.viewer.isOrganiser) return <NotFoundPage />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const problems = repeatProblems(choice, startWallTime);
    if (Object.keys(problems).length > 0) {
      const fields = Object.fromEntries(
        Object.entries(problems).map(([field, key]) => [field, t(`series.errors.${key}`)]),
      );
      setErrors({ fields, form: t('form.fixFields') });
      return;
    }
    const rule = ruleOf(choice, startWallTime);
    create.mutate(
      { draft: draftFromForm(new FormData(event.currentTarget)), rule },
      {
        onSuccess: (meetupId) => void navigate(meetupId ? `/m/${meetupId}` : `/c/${slug}`),
        onError: (error) =>
          error instanceof ApiError && error.code === 'INVALID_RECURRENCE_RULE'
            ? setErrors({ fields: {}, form: t('series.errors.rule') })
            : show(error, {}, t('form.fixFields'), t('form.failed'), meetupFieldText(t)),
      },
    );
  };

  return (
    <section className="max-w-md">
      <PageHeading>{t('circles.newMeetupTitle', { name: circle.data.name })}</PageHeading>
      <form
        ref={form}
        onSubmit={onSubmit}
        onChange={(event) => setStartWallTime(textOf(new FormData(event.currentTarget), 'startsAt'))}
        noValidate
      >
        <FormAlert message={errors.form} />
        <MeetupFields errors={errors.fields} />
        <RepeatFields
          choice={choice}
          onChange={setChoice}
          startWallTime={startWallTime}
          errors={errors.fields}
        />
        <Button type="submit" disabled={create.isPending}>
          {choice.repeats === 'never' ? t('meetupForm.createSubmit') : t('series.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
