// /m/:id/arrivals — the hosts' screen at the door: who just came in, whom here they know online (only as far as
// the introduction rule lets both sides know), and who knows nobody yet. It asks again every few seconds.
import { DoorOpen, HandHeart, ScanLine, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { HostPage, timeAtVenue } from '../hosting/host-page';
import type { Meetup } from '../meetups/meetup-api';
import { Avatar } from '../ui/avatar';
import { Badge } from '../ui/badge';
import { ButtonLink } from '../ui/button';
import { Card } from '../ui/card';
import { EmptyState } from '../ui/empty-state';
import { Notice } from '../ui/notice';
import { type Arrival, useArrivals } from './room-api';

function ArrivalCard({ arrival, meetup }: { arrival: Arrival; meetup: Meetup }) {
  const { t, i18n } = useTranslation();
  return (
    <Card as="li" compact className="arrival flex flex-col gap-3">
      <div className="flex items-center gap-3">
        <Avatar person={arrival} size={64} />
        <div className="min-w-0">
          <p className="arrival__name m-0 text-xl font-bold break-words">{arrival.displayName}</p>
          <p className="m-0 text-ink-muted break-all">@{arrival.handle}</p>
          <p className="m-0 text-sm text-ink-muted">
            {t('room.arrivals.arrivedAt', { time: timeAtVenue(arrival.checkedInAt, meetup, i18n.language) })}
          </p>
        </div>
      </div>
      {arrival.knowsNobodyHereYet ? (
        <div>
          <Badge tone="warning" icon={<HandHeart aria-hidden size={14} />}>
            {t('room.arrivals.knowsNobody')}
          </Badge>
          <p className="m-0 mt-1 text-sm text-ink-muted">{t('room.arrivals.knowsNobodyHint')}</p>
        </div>
      ) : (
        <div>
          <p className="m-0 mb-1 text-sm font-semibold">{t('room.arrivals.knows')}</p>
          <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
            {arrival.knowsHere.map((person) => (
              <li
                key={person.userId}
                className="flex items-center gap-2 rounded-full border border-line bg-surface-muted py-1 pr-3 pl-1"
              >
                <Avatar person={person} size={32} />
                <span className="font-medium">{person.displayName}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function Arrivals({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const arrivals = useArrivals(meetup.id);
  if (arrivals.isPending) return <p role="status">{t('room.arrivals.loading')}</p>;
  return (
    <>
      <p className="m-0 mb-1 text-ink-muted">{t('room.arrivals.lead')}</p>
      <div className="my-3 flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-[clamp(1.4rem,6vw,2rem)] font-bold" aria-live="polite">
          {t('room.arrivals.count', { count: arrivals.data?.checkedInCount ?? 0 })}
        </p>
        <ButtonLink
          to={`/m/${meetup.id}/check-in`}
          variant="secondary"
          size="sm"
          icon={<ScanLine aria-hidden size={16} />}
        >
          {t('room.arrivals.checkInLink')}
        </ButtonLink>
      </div>
      {arrivals.isError && <Notice tone="warning">{t('room.arrivals.loadFailed')}</Notice>}
      {arrivals.data && arrivals.data.items.length === 0 && (
        <EmptyState icon={DoorOpen}>{t('room.arrivals.empty')}</EmptyState>
      )}
      {arrivals.data && arrivals.data.items.length > 0 && (
        <ul className="m-0 grid list-none grid-cols-1 gap-3 p-0 md:grid-cols-2">
          {arrivals.data.items.map((arrival) => (
            <ArrivalCard key={arrival.userId} arrival={arrival} meetup={meetup} />
          ))}
        </ul>
      )}
      <p className="mt-4 flex items-center gap-1 text-sm text-ink-muted">
        <UserRound aria-hidden size={14} />
        {t('room.arrivals.refreshing')}
      </p>
    </>
  );
}

export function ArrivalsPage() {
  const { t } = useTranslation();
  return (
    <HostPage title={t('room.arrivals.title')} className="max-w-4xl">
      {(meetup) => <Arrivals meetup={meetup} />}
    </HostPage>
  );
}
