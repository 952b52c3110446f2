import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const COFFEE_OFFER_STATUSES = ['open', 'accepted', 'cancelled'] as const;
export type CoffeeOfferStatus = (typeof COFFEE_OFFER_STATUSES)[number];

/** A trip's offer to one person in the city. The traveller sees only accepted ones, never who ignored theirs. */
@Entity('coffee_offer')
export class CoffeeOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tripId: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'enum', enum: COFFEE_OFFER_STATUSES, enumName: 'coffee_offer_status', default: 'open' })
  status: CoffeeOfferStatus;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
