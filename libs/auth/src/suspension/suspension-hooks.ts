// Lets features carry out what a suspension means for their own data (hide, release, cancel) and undo what can be
// undone when it is lifted, in the transaction that changes the account, without auth depending on them.
// Hooks must be idempotent: a suspension may be lifted and imposed again.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface SuspensionHook {
  suspended?: (transaction: EntityManager, userId: string) => Promise<void>;
  lifted?: (transaction: EntityManager, userId: string) => Promise<void>;
}

@Injectable()
export class SuspensionHooks {
  private readonly hooks: SuspensionHook[] = [];

  register(hook: SuspensionHook): void {
    this.hooks.push(hook);
  }

  async runSuspended(transaction: EntityManager, userId: string): Promise<void> {
    for (const hook of this.hooks) await hook.suspended?.(transaction, userId);
  }

  async runLifted(transaction: EntityManager, userId: string): Promise<void> {
    for (const hook of this.hooks) await hook.lifted?.(transaction, userId);
  }
}
