import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One requested copy of a member's data: built by the worker, downloadable through a mailed link until it expires. */
@Entity('data_export')
export class DataExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** SHA-256 of the secret in the mailed link. */
  @Column({ type: 'char', length: 64, nullable: true, select: false })
  downloadTokenHash: string | null;

  @Column({ type: 'jsonb', nullable: true, select: false })
  data: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true, select: false })
  calendar: string | null;
}
