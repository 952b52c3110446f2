import { Check, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address that asked never to be invited to Neuland again. Only the keyed hash of the address is kept: it is
 * personal data of nobody on Neuland (no account refers to it, so no export or erasure finds it), and it must
 * outlive everything else, or a deleted account or a forgotten invitation would let the next invitation through.
 */
@Entity('invitation_opt_out')
@Check('ck_invitation_opt_out_key', `"address_key" ~ '^[0-9a-f]{64}$'`)
export class InvitationOptOut {
  /** `emailKey(CONTACT_KEY_SECRET, address)`: lower-cased, HMAC-SHA-256, hex. */
  @PrimaryColumn({ type: 'char', length: 64 })
  addressKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
