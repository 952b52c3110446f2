// /circles — public circles by city and topic, and founding one.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import { Button, ButtonLink } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { TextField, textOf } from '../ui/form-field';
import { PageHeading } from '../ui/page-heading';
import { CircleCards } from './circle-card';
import { circleQueries } from './circles-api';

/** The public circles of a city and topic; used on this page and on the home pages. */
export function CircleDiscovery({ city = '', topic = '' }: { city?: string; topic?: string }) {
  const { t } = useTranslation();
  const circles = useQuery(circleQueries.list({ city, topic }));
  if (circles.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (circles.isError) return <p role="alert">{t('circles.loadFailed')}</p>;
  if (circles.data.items.length === 0) return <EmptyState>{t('circles.none')}</EmptyState>;
  return <CircleCards circles={circles.data.items} />;
}

export function CirclesPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const [filter, setFilter] = useState({ city: '', topic: '' });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilter({ city: textOf(data, 'city').trim(), topic: textOf(data, 'topic').trim() });
  };
  return (
    <section>
      <PageHeading
        lead={t('circles.lead')}
        actions={account.data ? <ButtonLink to="/circles/new">{t('circles.create')}</ButtonLink> : undefined}
      >
        {t('circles.title')}
      </PageHeading>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-x-4" role="search">
        <TextField
          label={t('circles.city')}
          name="city"
          autoComplete="address-level2"
          className="w-full sm:w-56"
        />
        <TextField label={t('circles.topic')} name="topic" className="w-full sm:w-56" />
        <Button type="submit" variant="secondary" className="mb-4">
          {t('circles.filter')}
        </Button>
      </form>
      <CircleDiscovery city={filter.city} topic={filter.topic} />
    </section>
  );
}
