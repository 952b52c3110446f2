// Every error code the API can answer is listed once, in the error list of the lib that answers it (HttpError for
// the codes any route may answer). The web app and API clients rely on these strings, and the API document names
// only codes from these lists.
import { describe, expect, it } from '@jest/globals';
import { AdminError } from '@neuland/admin';
import { AuthError } from '@neuland/auth';
import { CirclesError } from '@neuland/circles';
import { HttpError } from '@neuland/http';
import { InvitationsError } from '@neuland/invitations';
import { MediaError } from '@neuland/media';
import { MeetupsError } from '@neuland/meetups';
import { NetworkingError } from '@neuland/networking';
import { NotificationsError } from '@neuland/notifications';
import { PrivacyError } from '@neuland/privacy';
import { ProfilesError } from '@neuland/profiles';
import { SocialGraphError } from '@neuland/social-graph';
import { startApi } from './support/api-harness.js';
import { documentedRoutes, openApiDocument } from './support/openapi-routes.js';

const ERROR_LISTS: Record<string, Record<string, string>> = {
  http: HttpError,
  auth: AuthError,
  privacy: PrivacyError,
  media: MediaError,
  profiles: ProfilesError,
  'social-graph': SocialGraphError,
  meetups: MeetupsError,
  circles: CirclesError,
  invitations: InvitationsError,
  networking: NetworkingError,
  notifications: NotificationsError,
  admin: AdminError,
};

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const listedCodes = Object.entries(ERROR_LISTS).flatMap(([lib, list]) =>
  Object.entries(list).map(([name, code]) => ({ lib, name, code })),
);

describe('the error codes of the API', () => {
  it('are UPPER_SNAKE and read as they are named, so no two names of one lib share a code', () => {
    expect(listedCodes.length).toBeGreaterThan(70);
    const misfits = listedCodes.filter(({ name, code }) => !UPPER_SNAKE.test(code) || name !== code);
    expect(misfits).toEqual([]);
  });

  it('are each listed by one lib only', () => {
    const libsOf = new Map<string, string[]>();
    for (const { lib, code } of listedCodes) libsOf.set(code, [...(libsOf.get(code) ?? []), lib]);
    const listedTwice = [...libsOf].filter(([, libs]) => libs.length > 1);
    expect(listedTwice).toEqual([]);
  });

  it('are the only codes the API document names in its answers', async () => {
    const api = await startApi();
    try {
      const known = new Set(listedCodes.map(({ code }) => code));
      const unknown = documentedRoutes(openApiDocument(api)).flatMap((route) =>
        Object.values(route.operation.responses ?? {}).flatMap((response) => {
          const description = (response as { description?: string }).description ?? '';
          // A code is a word with an underscore, or a whole description in capitals (BLOCKED).
          const named = UPPER_SNAKE.test(description)
            ? [description]
            : (description.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? []);
          return named.filter((code) => !known.has(code)).map((code) => `${route.label}: ${code}`);
        }),
      );
      expect(unknown).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
