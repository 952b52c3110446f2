import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Per meetup: may members who are not hosts invite the people they know ("bring people you know")? */
@Entity('meetup_guest_policy')
export class MeetupGuestPolicy {
  @PrimaryColumn({ type: 'uuid' })
  meetupId: string;

  @Column({ type: 'boolean', default: false })
  membersMayInvite: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
