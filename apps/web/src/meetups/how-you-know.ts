// How the reader knows someone, in the words the introductions mail uses (the shared `mail` catalogue). The API
// decides which ties may be said at all (libs/social-graph's HowYouKnow); this only words them.
import type { TFunction } from 'i18next';
import type { components } from '../api/schema';

export type Tie = components['schemas']['HowYouKnowDto'];

/** One sentence per tie: "You follow each other on Mastodon", "Sabine follows you here". */
export function howYouKnowWords(ties: Tie[], name: string, t: TFunction): string[] {
  return ties.map(({ way, network }) =>
    t(`mail:howYouKnow.${way}`, { name, where: t(`mail:howYouKnow.where.${network}`) }),
  );
}
