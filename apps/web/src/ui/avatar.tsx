// A person's face: their photo where they uploaded one (painted from its thumbhash until it loads), their
// initials otherwise. Used wherever people appear.
import type { components } from '../api/schema';
import { placeholderUrl } from '../media/placeholder';

export type Image = components['schemas']['ImageDto'];
export type AvatarSize = 24 | 32 | 40 | 64 | 160;

export interface AvatarPerson {
  displayName: string;
  photo?: Image | null;
}

const initialsOf = (name: string) =>
  (name ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');

export const AVATAR_BOX: Record<AvatarSize, string> = {
  24: 'size-6 text-[0.6rem]',
  32: 'size-8 text-xs',
  40: 'size-10 text-sm',
  64: 'size-16 text-xl',
  160: 'size-40 text-5xl',
};

// A few friendly tints, chosen by name, so that a room of initials is not one grey wall.
const TINTS = [
  'bg-brand-100 text-brand-800',
  'bg-[#ffe1d9] text-[#8a2f17]',
  'bg-[#d8f0e3] text-[#1e5b3a]',
  'bg-[#fde9b8] text-[#6b4700]',
  'bg-[#dbeafe] text-[#1e3a8a]',
];
const tintOf = (name: string) =>
  TINTS[[...(name ?? '')].reduce((sum, char) => sum + char.charCodeAt(0), 0) % TINTS.length];

/**
 * Decorative: the name always stands beside it (alt=""). `ring` draws a border in the page's colour, for
 * faces that overlap in an AvatarStack.
 */
export function Avatar({
  person,
  size = 40,
  ring = false,
  className = '',
}: {
  person: AvatarPerson;
  size?: AvatarSize;
  ring?: boolean;
  className?: string;
}) {
  const { photo } = person;
  const look = `face ${AVATAR_BOX[size]} inline-block flex-none rounded-full object-cover bg-cover ${ring ? 'ring-2 ring-surface' : ''} ${className}`;
  if (!photo) {
    return (
      <span
        className={`${look} face--initials inline-flex! items-center justify-center font-bold ${tintOf(person.displayName)}`}
        aria-hidden="true"
      >
        {initialsOf(person.displayName)}
      </span>
    );
  }
  return (
    <img
      className={`${look} bg-accent-soft`}
      src={photo.url}
      srcSet={photo.srcSet}
      sizes={`${size}px`}
      width={size}
      height={size}
      alt=""
      loading="lazy"
      decoding="async"
      style={{ backgroundImage: `url(${placeholderUrl(photo.placeholder)})` }}
    />
  );
}

/** A meetup's cover, full width, 2:1, painted from its thumbhash until it loads. */
/** `priority`: the page's largest picture, fetched before anything else (the meetup page's cover). */
export function Cover({
  image,
  className = '',
  priority = false,
}: {
  image: Image;
  className?: string;
  priority?: boolean;
}) {
  return (
    <img
      fetchPriority={priority ? 'high' : undefined}
      className={`cover block w-full h-auto aspect-[2/1] object-cover rounded-card bg-cover bg-accent-soft ${className}`}
      src={image.url}
      srcSet={image.srcSet}
      sizes="(min-width: 960px) 960px, 100vw"
      width={1280}
      height={640}
      alt=""
      decoding="async"
      style={{ backgroundImage: `url(${placeholderUrl(image.placeholder)})` }}
    />
  );
}
