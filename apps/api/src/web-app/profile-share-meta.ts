// Share previews of /p/:handle: only profiles anyone may see (visibility `everyone`); members-only and
// contacts-only profiles give nothing away, because link previews are fetched without a session.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import { ProfileDirectory } from '@neuland/social-graph';
import { absolute, type ShareMetaSource } from './share-meta.js';

const PROFILE_PATH = /^\/p\/([A-Za-z0-9-]{1,40})\/?$/;

/** The profile as a page shows it (PublicProfileDto) or as the directory answers: only what the tags need. */
interface SharedProfile {
  handle: string;
  displayName: string;
  headline: string | null;
  homeCity: string | null;
  topics: string[];
  photo?: { jpegUrl: string } | null;
}

export function profileShareMeta(app: NestFastifyApplication, config: AppConfig): ShareMetaSource {
  return async (path, page) => {
    const handle = PROFILE_PATH.exec(path)?.[1];
    if (!handle) return undefined;
    // The page read the profile for a guest or a member; only a guest's reading is what a previewer would see.
    const profile: SharedProfile | null | undefined =
      page && 'profile' in page && page.guest
        ? (page.profile as SharedProfile | null)
        : await app
            .get(ProfileDirectory, { strict: false })
            .getVisible(handle, null)
            .catch(() => undefined);
    if (!profile) return undefined;
    return {
      title: profile.displayName,
      description: [profile.headline, profile.homeCity, profile.topics.join(', ')]
        .filter(Boolean)
        .join(' · '),
      url: `${config.app.url}/p/${profile.handle}`,
      type: 'profile',
      image: absolute(config, profile.photo?.jpegUrl),
    };
  };
}
