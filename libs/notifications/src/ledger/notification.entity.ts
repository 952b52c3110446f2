import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What the mail needs beyond its key; stored as jsonb. */
export type NotificationData = Record<string, unknown>;

/**
 * One row of the notification ledger: a mail that must go out exactly once.
 * (kind, recipient, subject, occurrence) is its identity: the welcome of Sabine, the 24 h reminder of
 * Natalie for meetup M starting at T. A second request for the same key is the same mail.
 */
@Entity('notification')
@Unique('uq_notification_key', ['kind', 'recipientId', 'subjectId', 'occurrence'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 100 })
  occurrence: string;

  @Column({ type: 'jsonb', default: {} })
  data: NotificationData;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'enum', enum: NOTIFICATION_STATUSES, enumName: 'notification_status', default: 'pending' })
  status: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
