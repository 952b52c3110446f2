import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TRIP_STATUSES = ['planned', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** A member's announced visit to a city: "Zeit für einen Kaffee ist doch immer". */
@Entity('trip')
export class Trip {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  travellerId: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  /** Calendar dates (YYYY-MM-DD) in the city's local time. */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: TRIP_STATUSES, enumName: 'trip_status', default: 'planned' })
  status: TripStatus;

  /** The private invite-only meetup made when the first person said "I'm in"; one per trip. */
  @Column({ type: 'uuid', nullable: true })
  coffeeMeetupId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
