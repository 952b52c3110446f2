import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

@Entity('invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetupId: string;

  @Column({ type: 'uuid' })
  inviterId: string;

  /** The member invited; for an e-mail invitation set once the address is known or the invitation accepted. */
  @Column({ type: 'uuid', nullable: true })
  inviteeUserId: string | null;

  /** Lower-cased; set for invitations by e-mail address only. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  inviteeEmail: string | null;

  /** `expired` is written lazily: a pending invitation past `expiresAt` counts as expired everywhere. */
  @Column({ type: 'enum', enum: INVITATION_STATUSES, enumName: 'invitation_status', default: 'pending' })
  status: InvitationStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  personalMessage: string | null;

  /** SHA-256 of the secret token; the token itself is never stored. */
  @Column({ type: 'bytea', select: false })
  tokenHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The status a client sees: a pending invitation past its expiry is expired. */
export const effectiveStatus = (invitation: Invitation, now = new Date()): InvitationStatus =>
  invitation.status === 'pending' && invitation.expiresAt.getTime() <= now.getTime()
    ? 'expired'
    : invitation.status;
