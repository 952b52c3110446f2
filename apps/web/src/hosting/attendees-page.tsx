// /m/:id/attendees — hosts see who is going (and checked in) and the waitlist in order, and take it away as CSV.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meetup } from '../meetups/meetup-api';
import { attendeeCsv } from './attendee-csv';
import { HostPage, timeAtVenue } from './host-page';
import { type Attendee, useAttendees } from './hosting-api';
import { Avatar } from '../ui/avatar';
import { EmptyState } from '../ui/empty-state';
import { Button } from '../ui/button';

function downloadCsv(meetup: Meetup, attendees: Attendee[]): void {
  const file = new Blob([attendeeCsv(attendees)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `attendees-${meetup.id}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function Person({ attendee }: { attendee: Attendee }) {
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
      <Avatar person={attendee} />
      {attendee.handle ? (
        <Link to={`/p/${attendee.handle}`}>{attendee.displayName}</Link>
      ) : (
        attendee.displayName
      )}
      {attendee.handle && <span className="text-ink-muted"> @{attendee.handle}</span>}
    </span>
  );
}

function GoingTable({ meetup, going }: { meetup: Meetup; going: Attendee[] }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) => timeAtVenue(iso, meetup, i18n.language);
  return (
    <table className="attendee-table w-full border-collapse [&_td]:border-b [&_td]:border-line [&_td]:px-2 [&_td]:py-2.5 [&_td]:text-left [&_td]:align-top [&_td]:[overflow-wrap:anywhere] [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-2.5 [&_th]:text-left [&_th]:align-top">
      <caption className="sr-only">{t('hosting.attendees.going')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('hosting.attendees.name')}</th>
          <th scope="col">{t('hosting.attendees.checkedIn')}</th>
        </tr>
      </thead>
      <tbody>
        {going.map((attendee) => (
          <tr key={attendee.userId}>
            <td>
              <Person attendee={attendee} />
            </td>
            <td>
              {attendee.checkedInAt ? (
                <span className="font-semibold text-success-text">✓ {time(attendee.checkedInAt)}</span>
              ) : (
                <span className="text-ink-muted">{t('hosting.attendees.notYet')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WaitlistTable({ waiting }: { waiting: Attendee[] }) {
  const { t } = useTranslation();
  return (
    <table className="attendee-table w-full border-collapse [&_td]:border-b [&_td]:border-line [&_td]:px-2 [&_td]:py-2.5 [&_td]:text-left [&_td]:align-top [&_td]:[overflow-wrap:anywhere] [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-2.5 [&_th]:text-left [&_th]:align-top">
      <caption className="sr-only">{t('hosting.attendees.waitlist')}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-24">
            {t('hosting.attendees.position')}
          </th>
          <th scope="col">{t('hosting.attendees.name')}</th>
        </tr>
      </thead>
      <tbody>
        {waiting.map((attendee) => (
          <tr key={attendee.userId}>
            <td>{attendee.waitlistPosition}</td>
            <td>
              <Person attendee={attendee} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AttendeeList({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const attendees = useAttendees(meetup.id);
  if (attendees.isPending) return <p role="status">{t('hosting.attendees.loading')}</p>;
  if (attendees.isError) return <p role="alert">{t('hosting.attendees.loadFailed')}</p>;
  const going = attendees.data.items.filter((attendee) => attendee.status === 'going');
  const waiting = attendees.data.items.filter((attendee) => attendee.status === 'waitlisted');
  const checkedIn = going.filter((attendee) => attendee.checkedInAt).length;

  return (
    <>
      <p className="text-lg">
        <strong>{t('meetup.goingCount', { count: going.length })}</strong>
        {' · '}
        {t('hosting.attendees.waitingCount', { count: waiting.length })}
        {' · '}
        {t('hosting.attendees.checkedInCount', { count: checkedIn })}
      </p>
      {attendees.data.items.length === 0 ? (
        <EmptyState>{t('hosting.attendees.empty')}</EmptyState>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-3">
            <Button
              type="button"
              variant="secondary"
              onClick={() => downloadCsv(meetup, attendees.data.items)}
            >
              {t('hosting.attendees.downloadCsv')}
            </Button>
          </p>
          <section aria-labelledby="going-heading">
            <h2 id="going-heading">{t('hosting.attendees.going')}</h2>
            {going.length ? (
              <GoingTable meetup={meetup} going={going} />
            ) : (
              <EmptyState>{t('hosting.attendees.noneGoing')}</EmptyState>
            )}
          </section>
          {waiting.length > 0 && (
            <section aria-labelledby="waitlist-heading">
              <h2 id="waitlist-heading">{t('hosting.attendees.waitlist')}</h2>
              <WaitlistTable waiting={waiting} />
            </section>
          )}
        </>
      )}
    </>
  );
}

export function AttendeesPage() {
  const { t } = useTranslation();
  return (
    <HostPage title={t('hosting.attendees.title')}>{(meetup) => <AttendeeList meetup={meetup} />}</HostPage>
  );
}
