// Which mails the invitations feature's events cause: the invitation to a member or an address, and each coffee
// offer of a trip. Whether they may still go out is asked again at send time (libs/invitations' mail gate).
import { Injectable } from '@nestjs/common';
import type { OutboxTopics } from '@neuland/outbox';
import { Clock } from '@neuland/config';
import type { NotificationRequest } from '../ledger/notification-ledger.service.js';
import type { MeetupEvent } from './meetup-mail-planner.js';

@Injectable()
export class InvitationMailPlanner {
  constructor(private readonly clock: Clock) {}

  requestsFor(event: MeetupEvent): NotificationRequest[] {
    switch (event.topic) {
      case 'invitation.created': {
        const invitation = event.payload as OutboxTopics['invitation.created'];
        const addressee = invitation.inviteeUserId
          ? { recipientId: invitation.inviteeUserId }
          : invitation.email
            ? { recipientEmail: invitation.email }
            : undefined;
        if (!addressee) return [];
        return [
          {
            ...addressee,
            kind: 'meetup-invitation',
            subjectId: invitation.invitationId,
            occurrence: 'created',
            dueAt: this.clock.now(),
            // acceptUrl carries the raw token: it leaves the row once the mail is settled (SECRET_NOTIFICATION_DATA).
            data: {
              meetupId: invitation.meetupId,
              inviterId: invitation.inviterId,
              personalMessage: invitation.personalMessage ?? null,
              acceptUrl: invitation.acceptUrl,
              expiresAt: invitation.expiresAt,
            },
          },
        ];
      }
      case 'trip.coffee_offered': {
        const offer = event.payload as OutboxTopics['trip.coffee_offered'];
        return [
          {
            kind: 'coffee-offer',
            recipientId: offer.recipientId,
            subjectId: offer.offerId,
            occurrence: 'offered',
            dueAt: this.clock.now(),
            data: {
              tripId: offer.tripId,
              travellerId: offer.travellerId,
              city: offer.city,
              startsOn: offer.startsOn,
              endsOn: offer.endsOn,
              note: offer.note ?? null,
            },
          },
        ];
      }
      default:
        return [];
    }
  }
}
