import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A personal calendar feed: the URL carries a secret token, the table only its SHA-256. */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
