import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from './meetup-states.js';

@Entity('meetup')
export class Meetup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the organiser deleted their account (only past or cancelled meetups can lose theirs). */
  @Column({ type: 'uuid', nullable: true })
  organiserId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown as the organiser typed it; rendered and sanitised on the way out. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: '{}' })
  topics: string[];

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueName: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** IANA zone the meetup is shown in (Europe/Berlin). */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** null = unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'enum', enum: MEETUP_VISIBILITIES, enumName: 'meetup_visibility', default: 'public' })
  visibility: MeetupVisibility;

  @Column({ type: 'enum', enum: MEETUP_STATUSES, enumName: 'meetup_status', default: 'draft' })
  status: MeetupStatus;

  /** null = RSVPs stay open until the meetup ends. */
  @Column({ type: 'timestamptz', nullable: true })
  rsvpDeadline: Date | null;

  /** The uploaded cover's id in libs/media (`cover-<hash>`), and its thumbhash placeholder. */
  @Column({ type: 'varchar', length: 48, nullable: true })
  cover: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  coverPlaceholder: string | null;

  /** Seats of the capacity kept for people who know nobody going (see KeepNewcomerSeats); 0 = none. */
  @Column({ type: 'integer', default: 0 })
  newcomerSeats: number;

  /** Set when the kept newcomer seats opened to everyone (near the start); null while they are kept. */
  @Column({ type: 'timestamptz', nullable: true })
  newcomerSeatsOpenedAt: Date | null;

  /** Seats taken; changed only while the meetup row is locked (see RsvpService). */
  @Column({ type: 'integer', default: 0 })
  goingCount: number;

  /** iCalendar SEQUENCE: raised by every change a calendar must pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  /** Shown at the venue by the hosts; attendees type it in to check themselves in. */
  @Column({ type: 'varchar', length: 16 })
  venueCheckInCode: string;

  @Column({ type: 'text', nullable: true })
  cancellationMessage: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** Set while an admin keeps the meetup hidden (a report upheld): "not found" to all but hosts and admins. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
