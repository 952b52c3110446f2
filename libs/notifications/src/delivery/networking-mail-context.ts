// What a networking mail shows, read at send time, and whether it still applies: the buddy still paired and going,
// the wish still mutual, someone still met in person (a withdrawn confirmation or a block since drops them).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { type MeetupFacts, MeetupReadModel } from '@neuland/meetups';
import { BuddiesService, MeetingWishesService, WeMetService } from '@neuland/networking';
import { bioLineOf, ProfilesService } from '@neuland/profiles';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { IntroducedPerson, MailContext } from './mail-context.js';

export const NETWORKING_MAIL_KINDS = ['buddy-paired', 'meeting-wish-mutual', 'met-in-person'] as const;
export type NetworkingMailKind = (typeof NETWORKING_MAIL_KINDS)[number];

export const isNetworkingMailKind = (kind: string): kind is NetworkingMailKind =>
  (NETWORKING_MAIL_KINDS as readonly string[]).includes(kind);

type Obsolete = { obsolete: string };

@Injectable()
export class NetworkingMailContexts {
  private readonly appUrl: string;

  constructor(
    private readonly meetups: MeetupReadModel,
    private readonly profiles: ProfilesService,
    private readonly buddies: BuddiesService,
    private readonly wishes: MeetingWishesService,
    private readonly weMet: WeMetService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  async load(
    kind: NetworkingMailKind,
    row: { recipient_id: string | null; subject_id: string; data: NotificationData },
  ): Promise<MailContext | Obsolete> {
    const readerId = row.recipient_id;
    if (!readerId) return { obsolete: 'no member to write to' };
    const meetup = await this.meetupOf(row.subject_id);
    if ('obsolete' in meetup) return meetup;
    const answer = await this.meetups.answerOf(meetup.id, readerId);
    if (answer?.status !== 'going') return { obsolete: 'no longer going' };
    switch (kind) {
      case 'buddy-paired': {
        const pair = await this.buddies.buddyOf(meetup.id, readerId);
        if (!pair || pair.buddyId !== row.data.buddyId) return { obsolete: 'no longer paired' };
        if ((await this.meetups.answerOf(meetup.id, pair.buddyId))?.status !== 'going')
          return { obsolete: 'buddy no longer going' };
        const person = await this.personFor(readerId, pair.buddyId);
        return person ? { meetup, person, buddyRole: pair.role } : gone();
      }
      case 'meeting-wish-mutual': {
        const otherId = String(row.data.otherId);
        if (!(await this.wishes.isMutual(meetup.id, readerId, otherId)))
          return { obsolete: 'wish withdrawn' };
        const person = await this.personFor(readerId, otherId);
        return person ? { meetup, person } : gone();
      }
      case 'met-in-person': {
        const met = await this.weMet.metInPerson(meetup.id, readerId);
        const people = (await Promise.all(met.map((id) => this.personFor(readerId, id)))).filter(
          (person): person is IntroducedPerson => person !== null,
        );
        if (people.length === 0) return { obsolete: 'nobody met in person' };
        return { meetup, people, followAllUrl: `${this.appUrl}/m/${meetup.id}/we-met/follow-all` };
      }
    }
  }

  private async meetupOf(meetupId: string): Promise<MeetupFacts | Obsolete> {
    const meetup = await this.meetups.factsOf(meetupId);
    if (!meetup) return { obsolete: 'meetup is gone' };
    if (meetup.hidden) return { obsolete: 'meetup is hidden' };
    if (meetup.status !== 'published') return { obsolete: `meetup is ${meetup.status}` };
    return meetup;
  }

  /**
   * Name, photo and handles of someone the reader is to meet (or met): both sides agreed to it (a buddy tick, a
   * mutual wish, both confirmed), so the mail shows what their public profile shows.
   */
  private async personFor(readerId: string, userId: string): Promise<IntroducedPerson | null> {
    const [reader, profiles] = await Promise.all([
      this.profiles.publicProfileOf(readerId),
      this.profiles.publicProfilesOf([userId]),
    ]);
    const profile = profiles.get(userId);
    if (!profile) return null;
    const readerTopics = new Set(reader.topics.map((topic) => topic.toLowerCase()));
    return {
      displayName: profile.displayName,
      handle: profile.handle,
      headline: profile.headline,
      avatarUrl: profile.photo ? `${this.appUrl}${profile.photo.jpegUrl}` : null,
      mutual: false,
      bioLine: bioLineOf(profile.bio),
      accounts: profile.socialAccounts.map(({ platform, handle }) => ({ platform, handle })),
      sharedTopics: profile.topics.filter((topic) => readerTopics.has(topic.toLowerCase())),
      toldBack: false,
      howYouKnow: [],
    };
  }
}

const gone = (): Obsolete => ({ obsolete: 'the other person is gone' });
