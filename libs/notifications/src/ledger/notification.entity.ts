import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What the mail needs beyond its key; stored as jsonb. */
export type NotificationData = Record<string, unknown>;

/**
 * The data keys no settled row keeps: links that carry a raw secret (an invitation's accept link, a verification or
 * reset link, the download links of an export; only hashes are stored with their owners), so the ledger holds them
 * while the mail may still go out and drops them once the row is sent, skipped or failed.
 */
export const SECRET_NOTIFICATION_DATA = ['acceptUrl', 'link', 'dataUrl', 'calendarUrl'] as const;

/** SQL for the row's data without its secrets. */
export const DATA_WITHOUT_SECRETS = `data - '{${SECRET_NOTIFICATION_DATA.join(',')}}'::text[]`;

/**
 * One row of the notification ledger: a mail that must go out exactly once.
 * (kind, recipient, subject, occurrence) is its identity: the welcome of Sabine, the 24 h reminder of
 * Natalie for meetup M starting at T. A second request for the same key is the same mail.
 * The recipient is a member or, for people not on Neuland yet (an invitation by e-mail), an address: exactly one.
 */
@Entity('notification')
@Unique('uq_notification_key', ['kind', 'recipientId', 'subjectId', 'occurrence'])
@Index('uq_notification_email_key', ['kind', 'recipientEmail', 'subjectId', 'occurrence'], {
  unique: true,
  where: '"recipient_email" IS NOT NULL',
})
@Check('ck_notification_one_recipient', '("recipient_id" IS NULL) <> ("recipient_email" IS NULL)')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'uuid', nullable: true })
  recipientId: string | null;

  /** Lower-cased. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  recipientEmail: string | null;

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
