// Lets features follow a member's verified e-mail address in the same transaction that makes it take effect
// (the keyed hash imports are matched against, invitations sent to it), without auth depending on them.
// Runs on every verification, of a new address or of the sign-up one: hooks must be idempotent.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { User } from '../user.entity.js';

export type EmailChangedHook = (transaction: EntityManager, user: User) => Promise<void>;

@Injectable()
export class EmailChangedHooks {
  private readonly hooks: EmailChangedHook[] = [];

  register(hook: EmailChangedHook): void {
    this.hooks.push(hook);
  }

  async run(transaction: EntityManager, user: User): Promise<void> {
    for (const hook of this.hooks) await hook(transaction, user);
  }
}
