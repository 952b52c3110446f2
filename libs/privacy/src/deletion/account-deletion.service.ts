import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentPassword, SessionsService, UsersService } from '@neuland/auth';
import { OutboxService } from '@neuland/outbox';
import type { DataSource } from 'typeorm';
import { PersonalDataRegistry } from '../personal-data/personal-data-registry.js';

@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly currentPassword: CurrentPassword,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  /**
   * Deletes the member and everything that is only theirs, feature by feature (each registered with
   * PersonalDataRegistry). Each feature first settles what has rules of its own (seats give way to the waitlist)
   * or refuses (someone still organises a meetup); then everything goes in one transaction.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    await this.currentPassword.assertMatches(userId, password);
    const holders = this.registry.all();
    for (const holder of holders) await holder.prepareErasure?.(userId);
    // Invariant: the account goes only together with everything about it and every session of it.
    await this.dataSource.transaction(async (transaction) => {
      await this.sessions.endAll(userId, { transaction });
      for (const holder of [...holders].reverse()) await holder.eraseFor(userId, transaction);
      // Events not yet relayed may name me; pending mails to me went with my ledger rows.
      await this.outbox.forgetEverythingAbout(transaction, userId);
      await this.users.delete(userId, transaction);
    });
  }
}
