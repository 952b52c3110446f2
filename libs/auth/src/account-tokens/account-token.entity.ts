import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_TOKEN_PURPOSES = ['verify-email', 'reset-password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** A single-use link we mailed. Only the SHA-256 of the secret is stored: a database leak opens no account. */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: ACCOUNT_TOKEN_PURPOSES, enumName: 'account_token_purpose' })
  purpose: AccountTokenPurpose;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The address the link was sent to: for an e-mail change, the new address that takes effect on use. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
