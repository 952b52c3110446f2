// Lets the invitations feature tell meetups who is invited to an invite-only meetup, without meetups reading its tables.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** True when the user holds a live invitation (pending and unexpired, or accepted) to the meetup. */
export type InvitedCheck = (manager: EntityManager, meetupId: string, userId: string) => Promise<boolean>;

@Injectable()
export class InviteOnlyGuestList {
  private check: InvitedCheck | null = null;

  /** Called once by the invitations feature at start; without it nobody counts as invited. */
  register(check: InvitedCheck): void {
    this.check = check;
  }

  isInvited(manager: EntityManager, meetupId: string, userId: string): Promise<boolean> {
    return this.check ? this.check(manager, meetupId, userId) : Promise.resolve(false);
  }
}
