// A person's face: their photo where they uploaded one (painted from its thumbhash until it loads), their
// initials otherwise. Used wherever people appear.
import type { components } from '../api/schema';
import { placeholderUrl } from './placeholder';

export type Image = components['schemas']['ImageDto'];

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');

export function Face({
  person,
  size = 40,
}: {
  person: { displayName: string; photo?: Image | null };
  size?: 40 | 64 | 160;
}) {
  const { photo } = person;
  if (!photo) {
    return (
      <span className={`face face--${size} face--initials`} aria-hidden="true">
        {initialsOf(person.displayName)}
      </span>
    );
  }
  return (
    <img
      className={`face face--${size}`}
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

/** A meetup's cover, full width, 2:1. */
export function Cover({ image }: { image: Image }) {
  return (
    <img
      className="cover"
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
