/**
 * Every BullMQ queue of Neuland, in one place.
 * Renaming a queue strands the jobs already waiting under the old name: drain it first.
 */
export const QUEUES = {
  mail: 'mail',
  accounts: 'accounts',
  dataExports: 'data-exports',
  socialVerification: 'social-verification',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
