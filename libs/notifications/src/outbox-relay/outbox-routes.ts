// Which job each outbox topic is relayed as. A topic without a route has no consumer: its rows are marked
// relayed and stay in Postgres for the record.
import type { OutboxTopic } from '@neuland/outbox';
import type { JobItem, OutboxEventJob } from '@neuland/queue';

type RelayJob = Extract<JobItem, { data: OutboxEventJob }>;

export const OUTBOX_ROUTES: Partial<Record<OutboxTopic, RelayJob['name']>> = {
  'account.registered': 'plan-notifications',
  'account.email_link': 'plan-notifications',
  'account.password_reset_link': 'plan-notifications',
  'account.address_in_use': 'plan-notifications',
  'privacy.export_ready': 'plan-notifications',
  'profiles.social_account_claim_dropped': 'plan-notifications',
  'organiser.request_decided': 'plan-notifications',
  'meetup.published': 'plan-notifications',
  'meetup.rescheduled': 'plan-notifications',
  'meetup.cancelled': 'plan-notifications',
  'rsvp.confirmed': 'plan-notifications',
  'rsvp.promoted': 'plan-notifications',
  'seat.offered': 'plan-notifications',
  'invitation.created': 'plan-notifications',
  'trip.coffee_offered': 'plan-notifications',
  'networking.buddies_paired': 'plan-notifications',
  'networking.wish_mutual': 'plan-notifications',
  'report.resolved': 'plan-notifications',
};

/** The job a relayed row becomes (`outbox-<rowId>`), or none when its topic has no consumer. */
export function relayJobOf(row: { id: string; topic: string }): RelayJob | undefined {
  const name = OUTBOX_ROUTES[row.topic as OutboxTopic];
  return name && { name, data: { outboxEventId: row.id, topic: row.topic } };
}

export const topicsRelayedAs = (job: RelayJob['name']): string[] =>
  Object.entries(OUTBOX_ROUTES)
    .filter(([, target]) => target === job)
    .map(([topic]) => topic);
