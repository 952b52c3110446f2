// On the meetup page, for people going: a buddy, "I'd like to meet you" on the people one can see, and "we met"
// once checked in. Marks are one's own; only both-sided ones show anything about the other person.
import { Check, Handshake, Heart } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import type { Meetup } from '../meetups/meetup-api';
import { Avatar } from '../ui/avatar';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { BuddyChoice } from './buddy-choice';
import { type Attendee, useMeetingWishes, useOthersGoing, useWeMet } from './networking-api';

interface Marks {
  mine: Set<string>;
  mutual: Set<string>;
  toggle: (userId: string, on: boolean) => void;
  busy: boolean;
}

function MarkButton({ on, label, short, onClick, busy }: MarkProps) {
  return (
    <Button
      size="sm"
      variant={on ? 'primary' : 'secondary'}
      aria-pressed={on}
      aria-label={label}
      disabled={busy}
      onClick={onClick}
    >
      {/* The tick says "marked" to those who cannot tell a filled button from an empty one. */}
      {on && <Check aria-hidden size={16} />}
      {short}
    </Button>
  );
}

interface MarkProps {
  on: boolean;
  label: string;
  short: string;
  onClick: () => void;
  busy: boolean;
}

function Person({ person, wishes, met }: { person: Attendee; wishes: Marks; met?: Marks }) {
  const { t } = useTranslation();
  const name = person.displayName;
  const wished = wishes.mine.has(person.userId);
  const confirmed = met?.mine.has(person.userId) ?? false;
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-line py-3 last:border-b-0">
      <Avatar person={person} />
      <div className="min-w-0 flex-1">
        <p className="m-0 font-semibold [overflow-wrap:anywhere]">{name}</p>
        <p className="m-0 mt-1 flex flex-wrap gap-1 empty:hidden">
          {wishes.mutual.has(person.userId) && (
            <Badge tone="success" icon={<Heart aria-hidden size={14} />}>
              {t('networking.mutual')}
            </Badge>
          )}
          {met?.mutual.has(person.userId) && (
            <Badge tone="success" icon={<Handshake aria-hidden size={14} />}>
              {t('networking.metInPerson')}
            </Badge>
          )}
        </p>
      </div>
      {/* On a phone the buttons take a line of their own, so the name and its marks keep the width they need. */}
      <div className="flex w-full gap-2 sm:w-auto [&>button]:flex-1 sm:[&>button]:flex-none">
        <MarkButton
          on={wished}
          label={t('networking.wish', { name })}
          short={t('networking.wishShort')}
          busy={wishes.busy}
          onClick={() => wishes.toggle(person.userId, !wished)}
        />
        {met && (
          <MarkButton
            on={confirmed}
            label={t('networking.met', { name })}
            short={t('networking.metShort')}
            busy={met.busy}
            onClick={() => met.toggle(person.userId, !confirmed)}
          />
        )}
      </div>
    </li>
  );
}

function People({ meetup, viewerId }: { meetup: Meetup; viewerId: string }) {
  const { t } = useTranslation();
  const others = useOthersGoing(meetup.id, viewerId);
  const wishes = useMeetingWishes(meetup.id);
  const weMet = useWeMet(meetup.id);
  if (others.isPending || wishes.marks.isPending || weMet.marks.isPending)
    return <p role="status">{t('networking.loading')}</p>;
  if (others.isError || wishes.marks.isError || weMet.marks.isError)
    return <p role="alert">{t('networking.loadFailed')}</p>;
  const wishMarks: Marks = {
    mine: new Set(wishes.marks.data.wishedUserIds),
    mutual: new Set(wishes.marks.data.mutual.map((person) => person.userId)),
    toggle: (userId, on) => wishes.toggle.mutate({ userId, on }),
    busy: wishes.toggle.isPending,
  };
  const checkedIn = weMet.marks.data.checkedIn;
  const metMarks: Marks = {
    mine: new Set(weMet.marks.data.confirmedUserIds),
    mutual: new Set(weMet.marks.data.metInPerson.map((person) => person.userId)),
    toggle: (userId, on) => weMet.toggle.mutate({ userId, on }),
    busy: weMet.toggle.isPending,
  };
  const failed = wishes.toggle.isError || weMet.toggle.isError;
  return (
    <Card compact>
      <h3 className="m-0 text-lg">{t('networking.peopleTitle')}</h3>
      <p className="m-0 text-sm text-ink-muted">{t('networking.peopleIntro')}</p>
      <p className="m-0 mt-1 text-sm text-ink-muted">
        {checkedIn ? t('networking.metIntro') : t('networking.metLater')}
      </p>
      {failed && (
        <p role="alert" className="m-0 mt-2 font-semibold text-danger-text">
          {t('networking.failed')}
        </p>
      )}
      {others.data.length === 0 ? (
        <p className="m-0 mt-3">{t('networking.nobodyElse')}</p>
      ) : (
        <ul className="m-0 mt-2 list-none p-0">
          {others.data.map((person) => (
            <Person
              key={person.userId}
              person={person}
              wishes={wishMarks}
              met={checkedIn ? metMarks : undefined}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

export function MeetupNetworking({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!account.data || meetup.myRsvp?.status !== 'going' || meetup.status !== 'published') return null;
  return (
    <section aria-labelledby="networking-heading" className="my-6 grid gap-3">
      <h2 id="networking-heading" className="m-0">
        {t('networking.title')}
      </h2>
      <BuddyChoice meetupId={meetup.id} />
      <People meetup={meetup} viewerId={account.data.id} />
    </section>
  );
}
