// Every new account announces itself in its own transaction; the worker's welcome mail hangs off that event.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccountCreatedHooks } from '@neuland/auth';
import { OutboxService } from '@neuland/outbox';

@Injectable()
export class AnnounceRegistration implements OnModuleInit {
  constructor(
    private readonly accountCreatedHooks: AccountCreatedHooks,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    // Invariant (the account's transaction): an account exists exactly when its `account.registered` row
    // does, so nobody goes unwelcomed and no welcome greets a sign-up that was rolled back.
    this.accountCreatedHooks.register((transaction, user) =>
      this.outbox.record(transaction, {
        topic: 'account.registered',
        subjectId: user.id,
        payload: { userId: user.id },
      }),
    );
  }
}
