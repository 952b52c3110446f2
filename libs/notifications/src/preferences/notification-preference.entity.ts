import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a member wants in their inbox. No row means the defaults: everything on. Mails speak the profile's language. */
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

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
