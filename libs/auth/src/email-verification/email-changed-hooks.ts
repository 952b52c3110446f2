// Lets features follow a member's new e-mail address in the same transaction that makes it take effect
// (the keyed hash imports are matched against, for one), without auth depending on them.
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
