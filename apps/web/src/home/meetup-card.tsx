// A meetup as a card, on the guest's page and the member's home: cover, a calendar date, title, place, the faces
// of people going and how many, and for members how many of them they know.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formattingLocale } from '../i18n/i18n';
import { Face } from '../media/face';
import { placeholderUrl } from '../media/placeholder';
import type { MeetupCardData } from './home-queries';

/** A card's width at most: one column on phones, three beside each other from 56 rem (the page's width). */
const CARD_SIZES = '(min-width: 896px) 288px, (min-width: 600px) 50vw, 100vw';
const FALLBACK_COVERS = 6;

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
  const Title = titleLevel === 4 ? 'h4' : 'h3';
  const locale = formattingLocale(i18n.language);
  const place = [meetup.venueName, meetup.city].filter(Boolean).join(', ');
  return (
    <article className="meetup-card">
      <CardCover meetup={meetup} />
      <div className="meetup-card__body">
        <DateBlock startsAt={meetup.startsAt} timeZone={meetup.timeZone} locale={locale} />
        <div className="meetup-card__text">
          <Title className="meetup-card__title">
            <Link to={`/m/${meetup.id}`}>{meetup.title}</Link>
          </Title>
          <p className="meetup-card__place">
            {clockTime(meetup.startsAt, meetup.timeZone, locale)} · {place}
          </p>
          {badge}
        </div>
      </div>
      <div className="meetup-card__people">
        <AvatarStack faces={meetup.goingFaces} />
        <span>{t('home.going', { count: meetup.goingCount })}</span>
        {(meetup.knownGoingCount ?? 0) > 0 && (
          <span className="meetup-card__known">
            {t('home.knownGoing', { count: meetup.knownGoingCount ?? 0 })}
          </span>
        )}
      </div>
    </article>
  );
}

/** The uploaded cover at the card's width, painted from its thumbhash first; a gradient of its own otherwise. */
function CardCover({ meetup }: { meetup: MeetupCardData }) {
  const { cover } = meetup;
  if (!cover) {
    return (
      <div className={`meetup-card__cover meetup-card__cover--${fallbackOf(meetup.id)}`} aria-hidden="true">
        <span>{meetup.topics[0] ?? meetup.city}</span>
      </div>
    );
  }
  return (
    <img
      className="meetup-card__cover"
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

/** The same meetup always gets the same of the fallback gradients. */
function fallbackOf(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 9973;
  return sum % FALLBACK_COVERS;
}

/** Month, day and weekday as on a tear-off calendar, in the meetup's own zone (where people will be). */
function DateBlock({ startsAt, timeZone, locale }: { startsAt: string; timeZone: string; locale: string }) {
  const start = new Date(startsAt);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(start);
  return (
    <time className="date-block" dateTime={startsAt}>
      <span className="date-block__month">{part({ month: 'short' })}</span>
      <span className="date-block__day">{part({ day: 'numeric' })}</span>
      <span className="date-block__weekday">{part({ weekday: 'short' })}</span>
    </time>
  );
}

const clockTime = (startsAt: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(startsAt),
  );

/** Faces overlapping; their names for screen readers are in the list the meetup page shows, the count says enough. */
function AvatarStack({ faces }: { faces: MeetupCardData['goingFaces'] }) {
  if (faces.length === 0) return null;
  return (
    <span className="avatar-stack" aria-hidden="true">
      {faces.map((face) => (
        <span key={face.userId} className="avatar-stack__face" title={face.displayName}>
          <Face person={face} />
        </span>
      ))}
    </span>
  );
}

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
    <ul className="meetup-cards">
      {meetups.map((meetup) => (
        <li key={meetup.id}>
          <MeetupCard meetup={meetup} badge={badgeOf?.(meetup)} titleLevel={titleLevel} />
        </li>
      ))}
    </ul>
  );
}
