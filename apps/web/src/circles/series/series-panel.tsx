// On an occurrence's page: which series it belongs to, and for its hosts "this and all following" (this one alone is
// edited and cancelled as any meetup, with the host tools above).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/api-error';
import { api } from '../../api/client';
import type { Meetup } from '../../meetups/meetup-api';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextAreaField, TextField, textOf } from '../../ui/form-field';
import { Notice } from '../../ui/notice';
import { choiceOf, summaryOf } from './recurrence-choice';

function useSeriesOf(meetupId: string) {
  return useQuery({
    queryKey: ['meetup', meetupId, 'series'],
    // 204 (no series) leaves no data: null, so that the query has a value to keep.
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetups/{id}/series', { params: { path: { id: meetupId } } })) ?? null,
  });
}

export function SeriesPanel({ meetup }: { meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  const series = useSeriesOf(meetup.id);
  const queryClient = useQueryClient();
  const [done, setDone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const path = series.data && {
    slug: series.data.circleSlug,
    seriesId: series.data.id,
    meetupId: meetup.id,
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['meetup'] });
  const change = useMutation({
    mutationFn: async (body: { title: string; startTime: string }) =>
      unwrap(
        await api.PATCH('/api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/following', {
          params: { path: path! },
          body,
        }),
      ),
    onSuccess: () => (setDone(t('series.followingSaved')), void refresh()),
  });
  const cancel = useMutation({
    mutationFn: async (message: string) =>
      unwrap(
        await api.POST('/api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/cancel-following', {
          params: { path: path! },
          body: { message },
        }),
      ),
    onSuccess: () => (setDone(t('series.cancelled')), void refresh()),
  });

  if (!series.data) return null;
  const summary = summaryOf(choiceOf(series.data.rule), series.data.occursAt.slice(0, 16), t, i18n.language);

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const startTime = textOf(data, 'startTime');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(startTime))
      return setErrors({ startTime: t('series.errors.startTime') });
    setErrors({});
    change.mutate({ title: textOf(data, 'title').trim(), startTime });
  };
  const onCancel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = textOf(new FormData(event.currentTarget), 'message').trim();
    if (!message) return setErrors({ message: t('series.errors.message') });
    setErrors({});
    cancel.mutate(message);
  };

  return (
    <Card as="section" className="my-6" aria-labelledby="series-heading">
      <h2 id="series-heading" className="mt-0">
        {t('series.partOf', { summary })}
      </h2>
      {done && (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      )}
      {meetup.viewerIsHost && meetup.status !== 'cancelled' && (
        <>
          <p className="text-ink-muted">{t('series.thisOne')}</p>
          <h3>{t('series.following')}</h3>
          <form onSubmit={onChange} noValidate>
            <TextField label={t('series.followingTitle')} name="title" defaultValue={meetup.title} />
            <TextField
              label={t('series.followingTime')}
              name="startTime"
              type="time"
              defaultValue={series.data.startTime}
              error={errors.startTime}
            />
            <Button type="submit" disabled={change.isPending}>
              {t('series.followingSave')}
            </Button>
          </form>
          <form onSubmit={onCancel} noValidate className="mt-6">
            <TextAreaField label={t('series.cancelMessage')} name="message" rows={2} error={errors.message} />
            <Button type="submit" variant="danger" disabled={cancel.isPending}>
              {t('series.cancelFollowing')}
            </Button>
          </form>
        </>
      )}
    </Card>
  );
}
