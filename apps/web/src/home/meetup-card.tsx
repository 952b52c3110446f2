// A meetup as a card, on the guest's page and the member's home: cover, a calendar date, title, place, the faces
// of people going and how many, and for members how many of them they know.
import { MapPin, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { placeholderUrl } from '../media/placeholder';
import { AvatarStack } from '../ui/avatar-stack';
import { Badge } from '../ui/badge';
import { Card } from '../ui/card';
import type { MeetupCardData } from './home-queries';
import { useFormattingLocale } from '../server-render/use-hydrated';

/** A card's width at most: one column on phones, two or three beside each other from there on. */
const CARD_SIZES = '(min-width: 896px) 272px, (min-width: 640px) 50vw, 100vw';

/** Covers for meetups without one: the palette's colours, one chosen by the meetup's id so it never changes. */
const FALLBACK_COVERS = [
  'from-brand-700 via-brand-500 to-coral-400',
  'from-coral-600 via-coral-400 to-brand-200',
  'from-brand-900 via-brand-600 to-brand-300',
  'from-[#1e5b3a] via-[#2a9d8f] to-brand-200',
  'from-brand-800 via-coral-600 to-coral-400',
  'from-[#1e3a8a] via-brand-500 to-[#8ecae6]',
];

export interface CardOptions {
  /** Under a section's h3, titles are h4. */
  titleLevel?: 3 | 4;
}

export function MeetupCard({
  meetup,
  badge,
  titleLevel = 3,
}: { meetup: MeetupCardData; badge?: ReactNode } & CardOptions) {
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  const Title = titleLevel === 4 ? 'h4' : 'h3';
  const place = [meetup.venueName, meetup.city].filter(Boolean).join(', ');
  return (
    <Card
      as="article"
      className="meetup-card group relative flex flex-1 flex-col overflow-hidden p-0! transition-shadow hover:shadow-lg focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-focus"
    >
      <CardCover meetup={meetup} />
      <div className="flex gap-3 px-4 pt-3">
        <DateBlock startsAt={meetup.startsAt} timeZone={meetup.timeZone} locale={locale} />
        <div className="min-w-0">
          <Title className="m-0 text-lg leading-snug">
            {/* The whole card opens the meetup; the title stays the one link read out and focused. */}
            <Link
              to={`/m/${meetup.id}`}
              className="text-ink no-underline after:absolute after:inset-0 focus-visible:outline-none group-hover:text-accent-text"
            >
              {meetup.title}
            </Link>
          </Title>
          <p className="my-1 flex items-start gap-1 text-sm text-ink-muted">
            <MapPin aria-hidden size={16} className="mt-0.5 flex-none" />
            <span className="min-w-0 break-words">
              {clockTime(meetup.startsAt, meetup.timeZone, locale)} · {place}
            </span>
          </p>
          {badge}
        </div>
      </div>
      <div className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-2 px-4 pt-3 pb-4 text-sm">
        {meetup.goingFaces.length > 0 && <AvatarStack people={meetup.goingFaces.map(toPerson)} size={32} />}
        <span className="text-ink-muted">{t('home.going', { count: meetup.goingCount })}</span>
        {(meetup.knownGoingCount ?? 0) > 0 && (
          <Badge tone="success" icon={<Users aria-hidden size={14} />}>
            {t('home.knownGoing', { count: meetup.knownGoingCount ?? 0 })}
          </Badge>
        )}
      </div>
    </Card>
  );
}

const toPerson = (face: MeetupCardData['goingFaces'][number]) => ({ ...face, id: face.userId });

/** The uploaded cover at the card's width, painted from its thumbhash first; a gradient of its own otherwise. */
function CardCover({ meetup }: { meetup: MeetupCardData }) {
  const { cover } = meetup;
  if (!cover) {
    return (
      <div
        className={`meetup-card__cover flex aspect-[5/2] items-end sm:aspect-[2/1] bg-linear-135 px-4 py-3 text-xl font-bold text-white ${FALLBACK_COVERS[fallbackOf(meetup.id)]}`}
        aria-hidden="true"
      >
        <span className="drop-shadow-sm">{meetup.topics[0] ?? meetup.city}</span>
      </div>
    );
  }
  return (
    <img
      className="meetup-card__cover block aspect-[5/2] sm:aspect-[2/1] h-auto w-full bg-accent-soft bg-cover object-cover"
      src={cover.url}
      srcSet={cover.srcSet}
      sizes={CARD_SIZES}
      width={640}
      height={320}
      alt=""
      loading="lazy"
      decoding="async"
      style={{ backgroundImage: `url(${placeholderUrl(cover.placeholder)})` }}
    />
  );
}

function fallbackOf(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 9973;
  return sum % FALLBACK_COVERS.length;
}

/** Month, day and weekday as on a tear-off calendar, in the meetup's own zone (where people will be). */
function DateBlock({ startsAt, timeZone, locale }: { startsAt: string; timeZone: string; locale: string }) {
  const start = new Date(startsAt);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(start);
  return (
    <time
      dateTime={startsAt}
      className="flex w-14 flex-none flex-col self-start overflow-hidden rounded-control border border-line bg-surface text-center leading-tight"
    >
      <span className="bg-accent py-0.5 text-xs font-bold text-accent-ink uppercase">
        {part({ month: 'short' })}
      </span>
      <span className="pt-1 text-2xl font-bold">{part({ day: 'numeric' })}</span>
      <span className="pb-1 text-xs text-ink-muted">{part({ weekday: 'short' })}</span>
    </time>
  );
}

const clockTime = (startsAt: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(startsAt),
  );

/** Cards side by side, as a list. */
export function MeetupCards({
  meetups,
  badgeOf,
  titleLevel,
}: {
  meetups: MeetupCardData[];
  badgeOf?: (meetup: MeetupCardData) => ReactNode;
} & CardOptions) {
  return (
    <ul className="m-0 mb-6 grid list-none grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-4 p-0">
      {meetups.map((meetup) => (
        <li key={meetup.id} className="flex">
          <MeetupCard meetup={meetup} badge={badgeOf?.(meetup)} titleLevel={titleLevel} />
        </li>
      ))}
    </ul>
  );
}
