// Share previews of /m/:id: what anyone without a session may see, so drafts, unlisted-for-others and
// invite-only meetups give nothing away (MeetupAccess answers "not found" for those).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import { imageOf } from '@neuland/media';
import { MeetupAccess } from '@neuland/meetups';
import { absolute, type ShareMeta, type ShareMetaSource } from './share-meta.js';

const MEETUP_PATH = /^\/m\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

// Building a DateTimeFormat costs far more than formatting with one: one per zone, kept (zones are few).
const formats = new Map<string, Intl.DateTimeFormat>();
function shareDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' });
    formats.set(timeZone, format);
  }
  return format;
}

/** The meetup as the page shows it (MeetupDto) or as it is stored: only what the tags need. */
interface SharedMeetup {
  id: string;
  title: string;
  startsAt: Date | string;
  timeZone: string;
  venueName: string | null;
  city: string | null;
  visibility: string;
  status: string;
  coverJpeg?: string;
}

function tagsOf(meetup: SharedMeetup, config: AppConfig): ShareMeta | undefined {
  if (meetup.visibility !== 'public' || meetup.status === 'draft') return undefined;
  const when = shareDateFormat(meetup.timeZone).format(new Date(meetup.startsAt));
  return {
    title: meetup.title,
    description: `${when} (${meetup.timeZone}) · ${[meetup.venueName, meetup.city].filter(Boolean).join(', ')}`,
    url: `${config.app.url}/m/${meetup.id}`,
    type: 'event',
    image: absolute(config, meetup.coverJpeg),
  };
}

type MeetupAsShown = Omit<SharedMeetup, 'coverJpeg'> & { cover?: { jpegUrl: string } | null };

export function meetupShareMeta(app: NestFastifyApplication, config: AppConfig): ShareMetaSource {
  return async (path, page) => {
    const id = MEETUP_PATH.exec(path)?.[1];
    if (!id) return undefined;
    // The page read the meetup as its visitor may see it (null: not at all); public tags only from a public one.
    if (page && 'meetup' in page) {
      const shown = page.meetup as MeetupAsShown | null;
      return shown ? tagsOf({ ...shown, coverJpeg: shown.cover?.jpegUrl }, config) : undefined;
    }
    const access = app.get(MeetupAccess, { strict: false });
    const found = await access.findViewable(id, undefined).catch(() => undefined);
    if (!found) return undefined;
    const { meetup } = found;
    return tagsOf({ ...meetup, coverJpeg: imageOf(meetup.cover, meetup.coverPlaceholder)?.jpegUrl }, config);
  };
}
