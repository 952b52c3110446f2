// Which mails the account's events cause: the welcome, the links asked for, the notices. Each is one ledger row, so
// account mails are exactly-once and in the member's data export like every other mail.
import { Injectable } from '@nestjs/common';
import type { OutboxTopics, StoredOutboxEvent } from '@neuland/outbox';
import { Clock } from '@neuland/config';
import type { NotificationRequest } from '../ledger/notification-ledger.service.js';

@Injectable()
export class AccountMailPlanner {
  constructor(private readonly clock: Clock) {}

  requestsFor(event: StoredOutboxEvent): NotificationRequest[] {
    const dueAt = this.clock.now();
    switch (event.topic) {
      case 'account.registered': {
        const { userId } = event.payload as OutboxTopics['account.registered'];
        return [
          { kind: 'welcome', recipientId: userId, subjectId: userId, occurrence: 'registration', dueAt },
        ];
      }
      case 'account.email_link': {
        const { userId, tokenId, address, link } = event.payload as OutboxTopics['account.email_link'];
        // To the address being confirmed, which for a change of address is not the account's (yet).
        const data = { link, deliverTo: address };
        return [
          { kind: 'verify-email', recipientId: userId, subjectId: tokenId, occurrence: 'link', dueAt, data },
        ];
      }
      case 'account.password_reset_link': {
        const { userId, tokenId, link } = event.payload as OutboxTopics['account.password_reset_link'];
        const data = { link };
        return [
          {
            kind: 'password-reset',
            recipientId: userId,
            subjectId: tokenId,
            occurrence: 'link',
            dueAt,
            data,
          },
        ];
      }
      case 'account.address_in_use': {
        const { userId } = event.payload as OutboxTopics['account.address_in_use'];
        return [
          {
            kind: 'address-in-use',
            recipientId: userId,
            subjectId: userId,
            occurrence: `event-${event.id}`,
            dueAt,
          },
        ];
      }
      case 'privacy.export_ready': {
        const { userId, exportId, dataUrl, calendarUrl, expiresAt } =
          event.payload as OutboxTopics['privacy.export_ready'];
        return [
          {
            kind: 'data-export-ready',
            recipientId: userId,
            subjectId: exportId,
            occurrence: `event-${event.id}`,
            dueAt,
            data: { dataUrl, calendarUrl, expiresAt },
          },
        ];
      }
      case 'profiles.social_account_claim_dropped': {
        const { userId, proofId, platform, handle } =
          event.payload as OutboxTopics['profiles.social_account_claim_dropped'];
        return [
          {
            kind: 'social-claim-dropped',
            recipientId: userId,
            subjectId: proofId,
            occurrence: 'displaced',
            dueAt,
            data: { platform, handle },
          },
        ];
      }
      case 'organiser.request_decided': {
        const { userId, requestId, decision } = event.payload as OutboxTopics['organiser.request_decided'];
        return [
          {
            kind: 'organiser-request-decided',
            recipientId: userId,
            subjectId: requestId,
            occurrence: decision,
            dueAt,
            data: { decision },
          },
        ];
      }
      case 'report.resolved': {
        const { reportId, reporterId, subjectKind, outcome } =
          event.payload as OutboxTopics['report.resolved'];
        return [
          {
            kind: 'report-resolved',
            recipientId: reporterId,
            subjectId: reportId,
            occurrence: 'resolution',
            dueAt,
            data: { subjectKind, outcome },
          },
        ];
      }
      default:
        return [];
    }
  }
}
