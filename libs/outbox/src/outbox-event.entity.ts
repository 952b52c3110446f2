import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A change somebody must hear about, written in the same transaction as the change itself. */
@Entity('outbox_event')
@Index('ix_outbox_event_unrelayed', ['occurredAt'], { where: 'relayed_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  topic: string;

  /** The id of the thing that changed (a meetup, an RSVP): lets consumers find every event of one thing. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** When the consumer of its topic finished with it (a row no consumer has stays null). */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
