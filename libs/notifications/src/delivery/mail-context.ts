// What a meetup mail shows, read at send time: the meetup as it is now, the recipient's RSVP, and for a
// digest the people in it. Also decides whether the mail still applies (a moved or cancelled meetup).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { Clock } from '@neuland/config';
import { InvitationMailGate } from '@neuland/invitations';
import { type MeetupFacts, MeetupReadModel, SeatHandOver } from '@neuland/meetups';
import { bioLineOf, ProfilesService } from '@neuland/profiles';
import { HowYouKnow, ProfileDirectory, type Tie } from '@neuland/social-graph';
import type { NotificationData } from '../ledger/notification.entity.js';
import { isAccountMailKind, type NotificationKind } from '../notification-kinds.js';
import { remindersOfStart } from '../planning/reminder-occurrence.js';

export type { MeetupFacts };

/** The circle as its announcements name it; the page is where a member changes how they hear of it. */
export interface CircleFacts {
  id: string;
  name: string;
  pageUrl: string;
}

export interface IntroducedPerson {
  displayName: string;
  handle: string;
  headline: string | null;
  /** The photo's JPEG (mail clients do not all show WebP), as an absolute URL. */
  avatarUrl: string | null;
  mutual: boolean;
  /** The first line of their bio, shortened. */
  bioLine: string | null;
  /** Their accounts elsewhere, as on their public profile. */
  accounts: Array<{ platform: string; handle: string }>;
  /** Their topics that the reader has too, as they wrote them. */
  sharedTopics: string[];
  /** They are told about the reader too (the introduction rule holds both ways). */
  toldBack: boolean;
  /** How the reader knows them, as far as the introduction rule lets the reader learn it (libs/social-graph). */
  howYouKnow: Tie[];
}

/** An invitation as its mail shows it; the links carry the invitation's token. */
export interface InvitationFacts {
  inviterName: string;
  personalMessage: string | null;
  acceptUrl: string;
  declineUrl: string;
  expiresAt: Date;
}

/** A trip's coffee offer as its mail shows it; dates are calendar dates (`YYYY-MM-DD`). */
export interface CoffeeOfferFacts {
  travellerName: string;
  city: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  tripUrl: string;
}

/** A seat handed to the reader; the button leads to the meetup's page, where they take it or say no. */
export interface SeatOfferFacts {
  giverName: string;
  expiresAt: Date;
  answerUrl: string;
}
/** A buddy's role for the reader: the reader welcomes them, or they welcome the reader. */
export type BuddyRole = 'welcome' | 'be_welcomed';

export interface MailContext {
  meetup?: MeetupFacts;
  checkInCode?: string;
  people?: IntroducedPerson[];
  /** The buddy, or the other side of a mutual wish. */
  person?: IntroducedPerson;
  buddyRole?: BuddyRole;
  /** "We met": follows everyone listed, after login. */
  followAllUrl?: string;
  invitation?: InvitationFacts;
  coffeeOffer?: CoffeeOfferFacts;
  seatOffer?: SeatOfferFacts;
  /** A circle's announcement: the circle, and the new meetups it tells of. */
  circle?: CircleFacts;
  meetups?: MeetupFacts[];
}

@Injectable()
export class MeetupMailContexts {
  private readonly appUrl: string;

  constructor(
    private readonly meetups: MeetupReadModel,
    private readonly profiles: ProfilesService,
    private readonly invitations: InvitationMailGate,
    private readonly clock: Clock,
    private readonly directory: ProfileDirectory,
    private readonly howYouKnow: HowYouKnow,
    private readonly seatOffers: SeatHandOver,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /** The context, or a reason the mail no longer applies. */
  async load(
    kind: NotificationKind,
    row: {
      recipient_id: string | null;
      recipient_email?: string | null;
      subject_id: string;
      occurrence: string;
      data: NotificationData;
    },
  ): Promise<MailContext | { obsolete: string }> {
    // Account mails carry all they show in the ledger row itself.
    if (isAccountMailKind(kind)) return {};
    const meetup = await this.meetups.factsOf(row.subject_id);
    if (!meetup) return { obsolete: 'meetup is gone' };
    if (meetup.hidden) return { obsolete: 'meetup is hidden' };
    if (kind === 'meetup-cancelled') return { meetup };
    if (meetup.status !== 'published') return { obsolete: `meetup is ${meetup.status}` };
    if (kind === 'meetup-updated' && row.data.invited === true && !row.recipient_id && row.recipient_email) {
      // An address invited who has not answered hears of the move; it has no seat or code to show.
      const open = await this.invitations.hasUnansweredAddressInvitation(
        meetup.id,
        row.recipient_email,
        this.clock.now(),
      );
      return open ? { meetup } : { obsolete: 'invitation answered' };
    }
    if (kind === 'seat-offered') return this.seatOfferContext(meetup, row.data);
    const answer = row.recipient_id ? await this.meetups.answerOf(meetup.id, row.recipient_id) : undefined;
    if (kind === 'meetup-updated' && row.data.invited === true && row.recipient_id) {
      // An invitee who has not answered hears of the move; once they answered, only going counts.
      const open = await this.invitations.hasUnansweredInvitation(
        meetup.id,
        row.recipient_id,
        this.clock.now(),
      );
      if (!open && answer?.status !== 'going') return { obsolete: 'invitation answered' };
    } else if (kind === 'meetup-reminder' || kind === 'introduction-digest' || kind === 'meetup-updated') {
      if (answer?.status !== 'going') return { obsolete: 'no longer going' };
    }
    if (
      kind === 'meetup-reminder' &&
      !row.occurrence.startsWith(remindersOfStart(new Date(meetup.startsAt)))
    ) {
      return { obsolete: 'meetup moved since this reminder was planned' };
    }
    const context: MailContext = { meetup, checkInCode: answer?.checkInCode };
    if (kind === 'introduction-digest' && row.recipient_id) {
      context.people = await this.introducedPeople(row.recipient_id, row.data);
    }
    return context;
  }

  /** Sent only while the offer is open: a seat taken, declined or gone meanwhile is no news. */
  private async seatOfferContext(
    meetup: MeetupFacts,
    data: NotificationData,
  ): Promise<MailContext | { obsolete: string }> {
    const offer = await this.seatOffers.openOfferFacts(String(data.offerId));
    if (!offer) return { obsolete: 'seat offer is no longer open' };
    const giver = (await this.profiles.publicProfilesOf([offer.giverId])).get(offer.giverId);
    if (!giver) return { obsolete: 'giver is gone' };
    return {
      meetup,
      seatOffer: {
        giverName: giver.displayName,
        expiresAt: offer.expiresAt,
        answerUrl: `${this.appUrl}/meetups/${meetup.id}#seat-offer`,
      },
    };
  }

  private async introducedPeople(readerId: string, data: NotificationData): Promise<IntroducedPerson[]> {
    const introduced = (data.people ?? []) as Array<{ userId: string; mutual: boolean; toldBack?: boolean }>;
    const ids = introduced.map((person) => person.userId);
    const [reader, profiles, open, ties] = await Promise.all([
      this.profiles.publicProfileOf(readerId),
      this.profiles.publicProfilesOf(ids),
      // Bio, accounts and topics only of profiles the reader may open anyway.
      this.directory.visibleTo(readerId, ids),
      this.howYouKnow.between(readerId, ids),
    ]);
    const readerTopics = new Set(reader.topics.map((topic) => topic.toLowerCase()));
    const people = introduced.map(({ userId, mutual, toldBack }): IntroducedPerson | null => {
      const profile = profiles.get(userId);
      if (!profile) return null;
      return {
        displayName: profile.displayName,
        handle: profile.handle,
        headline: profile.headline,
        avatarUrl: profile.photo ? `${this.appUrl}${profile.photo.jpegUrl}` : null,
        mutual,
        ...(open.has(userId)
          ? {
              bioLine: bioLineOf(profile.bio),
              accounts: profile.socialAccounts.map(({ platform, handle }) => ({ platform, handle })),
              sharedTopics: profile.topics.filter((topic) => readerTopics.has(topic.toLowerCase())),
            }
          : { bioLine: null, accounts: [], sharedTopics: [] }),
        toldBack: toldBack === true,
        howYouKnow: ties.get(userId) ?? [],
      };
    });
    return people
      .filter((person): person is IntroducedPerson => person !== null)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}
