// Turns invitation rows into what hosts and invitees see, with names from profiles in one query.
import { Injectable } from '@nestjs/common';
import { ProfilesService } from '@neuland/profiles';
import type { InvitationDto, PersonDto, ReceivedInvitationDto } from './dto/invitation.dto.js';
import { effectiveStatus, type Invitation } from './invitation.entity.js';

@Injectable()
export class InvitationPresenter {
  constructor(private readonly profiles: ProfilesService) {}

  async forHosts(invitations: Invitation[]): Promise<InvitationDto[]> {
    const people = await this.people(invitations.map((invitation) => invitation.inviteeUserId));
    return invitations.map((invitation) => ({
      id: invitation.id,
      meetupId: invitation.meetupId,
      status: effectiveStatus(invitation),
      inviterId: invitation.inviterId,
      // An address may belong to a member: the inviter learns nothing about who is behind it.
      invitee: invitation.inviteeEmail ? null : (people.get(invitation.inviteeUserId!) ?? null),
      email: invitation.inviteeEmail,
      personalMessage: invitation.personalMessage,
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
      respondedAt: invitation.respondedAt?.toISOString() ?? null,
    }));
  }

  async forInvitees(invitations: Invitation[]): Promise<ReceivedInvitationDto[]> {
    const people = await this.people(invitations.map((invitation) => invitation.inviterId));
    return invitations.map((invitation) => ({
      id: invitation.id,
      meetupId: invitation.meetupId,
      status: effectiveStatus(invitation),
      inviter: people.get(invitation.inviterId) ?? {
        userId: invitation.inviterId,
        handle: '',
        displayName: '',
        photo: null,
      },
      personalMessage: invitation.personalMessage,
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    }));
  }

  async people(userIds: (string | null)[]): Promise<Map<string, PersonDto>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    const summaries = await this.profiles.summariesOf(ids);
    return new Map(
      summaries.map(({ userId, handle, displayName, photo }) => [
        userId,
        { userId, handle, displayName, photo },
      ]),
    );
  }
}
