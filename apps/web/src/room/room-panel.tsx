// On the meetup page, for its hosts: the room in aggregate (bands, never who knows whom) and the name badges.
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meetup } from '../meetups/meetup-api';
import { buttonClasses } from '../ui/button';
import { SelectField } from '../ui/form-field';
import { type BadgeOrder, badgesUrl, useRoom } from './room-api';

function RoomInBands({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const room = useRoom(meetup.id);
  if (room.isPending) return null;
  if (room.isError) return <p className="m-0 text-sm text-ink-muted">{t('room.aggregate.loadFailed')}</p>;
  const { goingCount, shownFrom, knowsSomeone, knowsNobody } = room.data;
  if (!knowsSomeone || !knowsNobody) {
    return (
      <p className="m-0 text-sm text-ink-muted">
        {t('room.aggregate.tooSmall', { count: goingCount, shownFrom })}
      </p>
    );
  }
  return (
    <>
      <ul className="m-0 list-none p-0 font-semibold">
        <li>{t('room.aggregate.knowsSomeone', { ...knowsSomeone, going: goingCount })}</li>
        <li>{t('room.aggregate.knowsNobody', knowsNobody)}</li>
      </ul>
      <p className="m-0 mt-1 text-sm text-ink-muted">{t('room.aggregate.why')}</p>
    </>
  );
}

function BadgeDownload({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<BadgeOrder>('alphabetical');
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        label={t('room.badges.order')}
        name="badge-order"
        className="min-w-56 flex-1 sm:flex-none"
        value={order}
        onChange={(event) => setOrder(event.target.value as BadgeOrder)}
      >
        <option value="alphabetical">{t('room.badges.alphabetical')}</option>
        <option value="arrival">{t('room.badges.arrival')}</option>
      </SelectField>
      <a
        href={badgesUrl(meetup.id, order)}
        download
        className={buttonClasses({ variant: 'secondary', size: 'md' })}
      >
        <Download aria-hidden size={18} />
        {t('room.badges.download')}
      </a>
    </div>
  );
}

export function RoomPanel({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  return (
    <div className="my-3 grid gap-4 border-y border-line py-3 sm:grid-cols-2">
      <section aria-labelledby="room-heading">
        <h3 id="room-heading" className="m-0 mb-1 text-base">
          {t('room.aggregate.title')}
        </h3>
        <RoomInBands meetup={meetup} />
      </section>
      <section aria-labelledby="badges-heading">
        <h3 id="badges-heading" className="m-0 mb-1 text-base">
          {t('room.badges.title')}
        </h3>
        <p className="m-0 mb-2 text-sm text-ink-muted">{t('room.badges.hint')}</p>
        <BadgeDownload meetup={meetup} />
      </section>
    </div>
  );
}
