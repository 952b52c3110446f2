/**
 * Every event that leaves a transaction through the outbox, with its payload type.
 * Features add their topics here; the worker's relay routes each topic to its queue.
 * Renaming a topic strands rows recorded under the old name: keep old names until they are relayed.
 */
export interface OutboxTopics {
  /** A test topic with no consumer; used by the outbox's own tests. */
  'outbox.ping': { note: string };
  /** A new account: the worker sends the welcome mail. */
  'account.registered': { userId: string };
}

export type OutboxTopic = keyof OutboxTopics;
