import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('meetup_co_host')
export class MeetupCoHost {
  @PrimaryColumn({ type: 'uuid' })
  meetupId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
