// Who an invitation request reaches: resolves handles, addresses and "people I know" to recipients, and drops
// everyone who must not get one (blocks either way, invitations turned off, an address that asked never to be
// invited again, already invited or attending).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@neuland/auth';
import { RsvpService } from '@neuland/meetups';
import { ProfilesService, profileNotFound } from '@neuland/profiles';
import { ProfileDirectory, SocialGraphService } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import { InvitationOptOuts } from '../opt-outs/invitation-opt-outs.service.js';
import type { InvitationTarget } from './dto/create-invitations.dto.js';
import { inviteeNotAContact } from './invitation-errors.js';

export interface Recipient {
  userId: string | null;
  /** Set for invitations by e-mail address; the member behind it (if any) is never shown to the inviter. */
  email: string | null;
}

export interface ResolvedRecipients {
  recipients: Recipient[];
  /** People the request named or matched who get no invitation; reasons are not told (blocks stay private). */
  skipped: number;
}

@Injectable()
export class InvitationRecipients {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
    private readonly graph: SocialGraphService,
    private readonly directory: ProfileDirectory,
    private readonly users: UsersService,
    private readonly rsvps: RsvpService,
    private readonly optOuts: InvitationOptOuts,
  ) {}

  async resolve(
    meetup: { id: string; organiserId: string | null },
    inviterId: string,
    target: InvitationTarget,
    asHost: boolean,
  ): Promise<ResolvedRecipients> {
    const named = await this.candidates(inviterId, target, asHost);
    const userIds = named.map((recipient) => recipient.userId).filter((id): id is string => id !== null);
    const emails = named
      .map((recipient) => recipient.email)
      .filter((email): email is string => email !== null);
    const [blocked, settings, attending, invited, optedOut] = await Promise.all([
      this.graph.blockedEitherWay(inviterId, userIds),
      this.profiles.settingsOf(userIds),
      this.rsvps.attendeeUserIds(meetup.id),
      this.alreadyInvited(meetup.id, named),
      this.optOuts.refusedAmong(emails),
    ]);
    const attendingIds = new Set([...attending.going, ...attending.waitlisted]);
    const recipients = named.filter((recipient) => {
      if (recipient.email && (invited.emails.has(recipient.email) || optedOut.has(recipient.email)))
        return false;
      if (!recipient.userId) return true;
      const id = recipient.userId;
      return (
        id !== inviterId &&
        id !== meetup.organiserId &&
        !blocked.has(id) &&
        settings.get(id)?.acceptsInvitations !== false &&
        !attendingIds.has(id) &&
        !invited.userIds.has(id)
      );
    });
    return { recipients, skipped: named.length - recipients.length };
  }

  private async candidates(
    inviterId: string,
    target: InvitationTarget,
    asHost: boolean,
  ): Promise<Recipient[]> {
    switch (target.kind) {
      case 'handle': {
        const userId = await this.directory.findVisibleUserId(target.handle, inviterId);
        if (!userId) throw profileNotFound();
        if (!asHost && !(await this.graph.areContacts(inviterId, userId))) throw inviteeNotAContact();
        return [{ userId, email: null }];
      }
      case 'email': {
        const member = await this.users.findByEmailWithPassword(target.email);
        return [{ userId: member?.id ?? null, email: target.email }];
      }
      case 'contactsInCity': {
        const contacts = await this.graph.contactsOf(inviterId);
        const settings = await this.profiles.settingsOf(contacts);
        const city = target.city.toLowerCase();
        const inCity = contacts.filter((id) => settings.get(id)?.homeCity?.toLowerCase() === city);
        return this.knownByInviter(inviterId, inCity);
      }
      case 'knownOnlineInterestedIn': {
        const interested = await this.profiles.memberIdsMatching({
          topic: target.topic,
          acceptsInvitations: true,
        });
        return this.knownByInviter(inviterId, interested);
      }
    }
  }

  /** DESIGN.md's introduction predicate: bulk invitations go only to people the inviter may be told about. */
  private async knownByInviter(inviterId: string, candidateIds: string[]): Promise<Recipient[]> {
    const known = await this.graph.toldAbout([inviterId], candidateIds);
    return known.map((row) => ({ userId: row.userId, email: null }));
  }

  private async alreadyInvited(
    meetupId: string,
    named: Recipient[],
  ): Promise<{ userIds: Set<string>; emails: Set<string> }> {
    const userIds = named.map((recipient) => recipient.userId).filter((id): id is string => id !== null);
    const emails = named
      .map((recipient) => recipient.email)
      .filter((email): email is string => email !== null);
    const rows: { invitee_user_id: string | null; email: string | null }[] = await this.db.query(
      `SELECT invitee_user_id, lower(invitee_email) AS email FROM invitation
        WHERE meetup_id = $1 AND (invitee_user_id = ANY($2::uuid[]) OR lower(invitee_email) = ANY($3::text[]))`,
      [meetupId, userIds, emails],
    );
    return {
      userIds: new Set(rows.map((row) => row.invitee_user_id).filter((id): id is string => id !== null)),
      emails: new Set(rows.map((row) => row.email).filter((email): email is string => email !== null)),
    };
  }
}
