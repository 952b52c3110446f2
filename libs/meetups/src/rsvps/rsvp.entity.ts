import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RSVP_STATUSES, type RsvpStatus } from './rsvp-statuses.js';

@Entity('rsvp')
export class Rsvp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetupId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: RSVP_STATUSES, enumName: 'rsvp_status' })
  status: RsvpStatus;

  /** Until profiles carry attendance privacy: false hides the attendee from other attendees. */
  @Column({ type: 'boolean', default: true })
  attendsVisibly: boolean;

  @Column({ type: 'boolean', default: false })
  viaInvitation: boolean;

  /** Waitlist order; set while waitlisted and kept after a promotion. bigint arrives as a string. */
  @Column({ type: 'bigint', nullable: true })
  waitlistTicket: string | null;

  /** Knew nobody going (told_about) when answering while newcomer seats were kept. */
  @Column({ type: 'boolean', default: false })
  newcomer: boolean;

  /** Holds one of the seats kept for newcomers. */
  @Column({ type: 'boolean', default: false })
  newcomerSeat: boolean;

  @Column({ type: 'varchar', length: 16 })
  checkInCode: string;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'timestamptz' })
  respondedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An Rsvp from a raw `rsvp` row (snake_case columns), for the statements that skip TypeORM's hydration. */
/** Every column of rsvp, by name, for statements that read a whole RSVP for rsvpFromRow. */
export const RSVP_COLUMNS = [
  'id',
  'meetup_id',
  'user_id',
  'status',
  'attends_visibly',
  'via_invitation',
  'waitlist_ticket',
  'newcomer',
  'newcomer_seat',
  'check_in_code',
  'checked_in_at',
  'responded_at',
  'created_at',
  'updated_at',
];

export function rsvpFromRow(row: Record<string, unknown>): Rsvp {
  return Object.assign(new Rsvp(), {
    id: row.id,
    meetupId: row.meetup_id,
    userId: row.user_id,
    status: row.status,
    attendsVisibly: row.attends_visibly,
    viaInvitation: row.via_invitation,
    waitlistTicket: row.waitlist_ticket,
    newcomer: row.newcomer ?? false,
    newcomerSeat: row.newcomer_seat ?? false,
    checkInCode: row.check_in_code,
    checkedInAt: row.checked_in_at,
    respondedAt: row.responded_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
