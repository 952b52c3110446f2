import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SessionsService, User, UsersService } from '@neuland/auth';
import type { DataSource } from 'typeorm';

@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Deletes the member and, through the foreign keys' ON DELETE CASCADE, everything that is only theirs:
   * sessions, mailed links, exports (and the profile, accounts, imports, follows and blocks of other features).
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    if (!(await this.users.passwordMatches(userId, password))) {
      throw new ForbiddenException({ error: 'WRONG_PASSWORD', message: 'The password is wrong.' });
    }
    // Invariant: the account goes only together with every token of it (ended in Redis before the commit).
    await this.dataSource.transaction(async (transaction) => {
      await this.sessions.endAll(userId, { transaction });
      await transaction.delete(User, { id: userId });
    });
  }
}
