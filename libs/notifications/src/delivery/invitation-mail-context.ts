// What an invitation or coffee-offer mail shows, read at send time, and whether it may still go out: the
// invitations feature answers that (withdrawn, answered, expired, blocked since, trip cancelled).
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AccountSuspensions } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { InvitationMailGate } from '@neuland/invitations';
import { MeetupReadModel } from '@neuland/meetups';
import { ProfilesService } from '@neuland/profiles';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { MailContext } from './mail-context.js';

export const INVITATION_MAIL_KINDS = ['meetup-invitation', 'coffee-offer'] as const;
export type InvitationMailKind = (typeof INVITATION_MAIL_KINDS)[number];

export const isInvitationMailKind = (kind: string): kind is InvitationMailKind =>
  (INVITATION_MAIL_KINDS as readonly string[]).includes(kind);

/** The landing page of the link offers both answers; `answer=decline` tells it which one the reader chose. */
export function declineUrlOf(acceptUrl: string): string {
  const url = new URL(acceptUrl);
  url.searchParams.set('answer', 'decline');
  return url.toString();
}

@Injectable()
export class InvitationMailContexts {
  private readonly appUrl: string;

  constructor(
    private readonly gate: InvitationMailGate,
    private readonly meetups: MeetupReadModel,
    private readonly profiles: ProfilesService,
    private readonly suspensions: AccountSuspensions,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /** The context, or a reason the mail no longer applies. */
  async load(
    kind: InvitationMailKind,
    row: { subject_id: string; data: NotificationData },
  ): Promise<MailContext | { obsolete: string }> {
    return kind === 'meetup-invitation'
      ? this.invitation(row.subject_id, row.data)
      : this.coffeeOffer(row.subject_id, row.data);
  }

  private async invitation(
    invitationId: string,
    data: NotificationData,
  ): Promise<MailContext | { obsolete: string }> {
    if (!(await this.gate.mayStillBeSent(invitationId)))
      return { obsolete: 'invitation may no longer be sent' };
    const meetup = await this.meetups.factsOf(String(data.meetupId));
    if (!meetup) return { obsolete: 'meetup is gone' };
    if (meetup.hidden) return { obsolete: 'meetup is hidden' };
    if (meetup.status !== 'published') return { obsolete: `meetup is ${meetup.status}` };
    if (await this.suspensions.isSuspended(String(data.inviterId)))
      return { obsolete: 'inviter is suspended' };
    const acceptUrl = String(data.acceptUrl);
    return {
      meetup,
      invitation: {
        inviterName: await this.displayNameOf(String(data.inviterId)),
        personalMessage: typeof data.personalMessage === 'string' ? data.personalMessage : null,
        acceptUrl,
        declineUrl: declineUrlOf(acceptUrl),
        expiresAt: new Date(String(data.expiresAt)),
      },
    };
  }

  private async coffeeOffer(
    offerId: string,
    data: NotificationData,
  ): Promise<MailContext | { obsolete: string }> {
    if (!(await this.gate.isOfferOpen(offerId))) return { obsolete: 'coffee offer is no longer open' };
    if (await this.suspensions.isSuspended(String(data.travellerId)))
      return { obsolete: 'traveller is suspended' };
    return {
      coffeeOffer: {
        travellerName: await this.displayNameOf(String(data.travellerId)),
        city: String(data.city),
        startsOn: String(data.startsOn),
        endsOn: String(data.endsOn),
        note: typeof data.note === 'string' ? data.note : null,
        tripUrl: `${this.appUrl}/trips/${String(data.tripId)}`,
      },
    };
  }

  /** The name a member shows on their profile. */
  private async displayNameOf(userId: string): Promise<string> {
    const [summary] = await this.profiles.summariesOf([userId]);
    return summary?.displayName ?? '';
  }
}
