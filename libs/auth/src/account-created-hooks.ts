// Lets features add to a new account in the same transaction that creates it (its profile, for one),
// without auth depending on them: they register a hook at start.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { User } from './user.entity.js';

/** What the person chose at sign-up beyond the account itself. */
export interface AccountChoices {
  language?: 'de' | 'en';
}

export type AccountCreatedHook = (
  transaction: EntityManager,
  user: User,
  choices: AccountChoices,
) => Promise<void>;

@Injectable()
export class AccountCreatedHooks {
  private readonly hooks: AccountCreatedHook[] = [];

  register(hook: AccountCreatedHook): void {
    this.hooks.push(hook);
  }

  async run(transaction: EntityManager, user: User, choices: AccountChoices = {}): Promise<void> {
    for (const hook of this.hooks) await hook(transaction, user, choices);
  }
}
