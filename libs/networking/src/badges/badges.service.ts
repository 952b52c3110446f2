// The name badges of a meetup's going attendees, for its hosts to print.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedUser } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { MediaService } from '@neuland/media';
import { MeetupAccess, MeetupReadModel } from '@neuland/meetups';
import { ProfilesService, type ProfileSummaryDto } from '@neuland/profiles';
import { type Badge, badgeSheets } from './badge-sheet.js';

export const BADGE_ORDERS = ['alphabetical', 'arrival'] as const;
export type BadgeOrder = (typeof BADGE_ORDERS)[number];

const PHOTOS_AT_ONCE = 16;

/** Names sort as a German reader expects (Ä with A), which reads right for English names too. */
const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

@Injectable()
export class BadgesService {
  private readonly appUrl: string;

  constructor(
    private readonly access: MeetupAccess,
    private readonly meetups: MeetupReadModel,
    private readonly profiles: ProfilesService,
    private readonly media: MediaService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /** The PDF and a file name for it. */
  async sheetsFor(
    meetupId: string,
    host: AuthenticatedUser,
    order: BadgeOrder,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const { meetup } = await this.access.findHostable(meetupId, host);
    const [going, arrivals] = await Promise.all([
      this.meetups.goingAttendeeIds(meetupId),
      order === 'arrival' ? this.meetups.arrivalsAt(meetupId) : [],
    ]);
    const faces = (await this.profiles.summariesOf(going)).sort((a, b) =>
      byName.compare(a.displayName, b.displayName),
    );
    // Photos are read a few at a time: a conference's thousands at once would flood the media store.
    const ordered = orderOf(faces, arrivals);
    const badges: Badge[] = [];
    for (let start = 0; start < ordered.length; start += PHOTOS_AT_ONCE) {
      const batch = ordered.slice(start, start + PHOTOS_AT_ONCE);
      badges.push(...(await Promise.all(batch.map((face) => this.badgeOf(face)))));
    }
    return { pdf: await badgeSheets(meetup.title, badges), fileName: `badges-${meetupId.slice(0, 8)}.pdf` };
  }

  private async badgeOf(face: ProfileSummaryDto): Promise<Badge> {
    // The JPEG the API shows mail clients: pdfkit reads JPEG and PNG, not the WebP the pages use.
    const file = face.photo?.jpegUrl.split('/').pop();
    return {
      displayName: face.displayName,
      handle: face.handle,
      profileUrl: `${this.appUrl}/p/${face.handle}`,
      photo: file ? await this.media.file(file) : null,
    };
  }
}

/**
 * By arrival: the people checked in, first come first, then everyone still to come in alphabetical order (the
 * badges printed at the door as people arrive). Alphabetical: `faces` as they are.
 */
function orderOf(
  faces: ProfileSummaryDto[],
  arrivals: Array<{ userId: string; checkedInAt: Date }>,
): ProfileSummaryDto[] {
  if (arrivals.length === 0) return faces;
  const arrivedAt = new Map(arrivals.map((arrival) => [arrival.userId, arrival.checkedInAt.getTime()]));
  const arrived = faces
    .filter((face) => arrivedAt.has(face.userId))
    .sort((a, b) => arrivedAt.get(a.userId)! - arrivedAt.get(b.userId)!);
  return [...arrived, ...faces.filter((face) => !arrivedAt.has(face.userId))];
}
