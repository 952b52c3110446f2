// Which queue each outbox topic is relayed to. A topic without a route has no consumer: its rows are
// marked relayed and stay in Postgres for the record.
import type { OutboxTopic } from '@neuland/outbox';
import { QUEUES, type QueueName } from '@neuland/queue';

export const OUTBOX_ROUTES: Partial<Record<OutboxTopic, QueueName>> = {
  'account.registered': QUEUES.outboxEvents,
  'account.email_link': QUEUES.outboxEvents,
  'account.password_reset_link': QUEUES.outboxEvents,
  'account.address_in_use': QUEUES.outboxEvents,
  'privacy.export_ready': QUEUES.outboxEvents,
  'profiles.social_account_claim_dropped': QUEUES.outboxEvents,
  'meetup.rescheduled': QUEUES.outboxEvents,
  'meetup.cancelled': QUEUES.outboxEvents,
  'rsvp.confirmed': QUEUES.outboxEvents,
  'rsvp.promoted': QUEUES.outboxEvents,
  'invitation.created': QUEUES.outboxEvents,
  'trip.coffee_offered': QUEUES.outboxEvents,
};

export const topicsRelayedTo = (queue: QueueName): string[] =>
  Object.entries(OUTBOX_ROUTES)
    .filter(([, target]) => target === queue)
    .map(([topic]) => topic);
