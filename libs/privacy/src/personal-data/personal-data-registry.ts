// GDPR's two rights as a loop over features: every feature that keeps data about members registers a holder here
// at start, and the export (a copy of everything) and the erasure (of everything only the member owned) ask each
// one in turn. A feature that keeps member data and registers nothing fails the test that walks the table owners.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface PersonalDataHolder {
  /** What the feature holds about the member, read in the export's snapshot: one export section per key. */
  exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>>;
  /** The export's calendar file (iCalendar text), from the one feature that has one: meetups. */
  calendarFor?(userId: string, snapshot: EntityManager): Promise<string>;
  /**
   * Before the account goes, outside the erasure's transaction: refuse (throw) while something must happen first,
   * or settle what has rules of its own (a seat goes to the waitlist).
   */
  prepareErasure?(userId: string): Promise<void>;
  /** Deletes everything only the member owned, in the erasure's transaction. */
  eraseFor(userId: string, transaction: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly holders = new Map<string, PersonalDataHolder>();

  /** `feature`: the lib's name (`meetups`), as config/boundaries.cjs names it. */
  register(feature: string, holder: PersonalDataHolder): void {
    // A second holder under one name would silently replace the first, and its data would leave exports and erasures.
    const registered = this.holders.get(feature);
    if (registered && registered !== holder) {
      throw new Error(`${feature} has a holder of personal data already: one holder per feature`);
    }
    this.holders.set(feature, holder);
  }

  features(): string[] {
    return [...this.holders.keys()];
  }

  /** Lower features register first (modules start in import order); erasure runs the other way round. */
  all(): PersonalDataHolder[] {
    return [...this.holders.values()];
  }
}
