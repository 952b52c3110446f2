import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const MAIL_LANGUAGES = ['de', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** What a member wants in their inbox. No row means the defaults: everything on, German. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'boolean', default: true })
  introductions: boolean;

  @Column({ type: 'boolean', default: true })
  reminders: boolean;

  @Column({ type: 'boolean', default: true })
  invitations: boolean;

  @Column({ type: 'boolean', default: true })
  updates: boolean;

  @Column({ type: 'enum', enum: MAIL_LANGUAGES, enumName: 'mail_language', default: 'de' })
  language: MailLanguage;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
