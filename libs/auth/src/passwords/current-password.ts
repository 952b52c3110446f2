// Actions that ask for the current password again (a new password, a new address, deleting the account): one
// check, counted per account, so a stolen session cannot guess the password behind it.
import { ForbiddenException, Injectable } from '@nestjs/common';
import { RateLimits } from '@neuland/http';
import { ACCOUNT_RATE_LIMITS } from '../account-rate-limits.js';
import { UsersService } from '../users.service.js';
import { AuthError } from '../auth-errors.js';

@Injectable()
export class CurrentPassword {
  constructor(
    private readonly users: UsersService,
    private readonly rateLimits: RateLimits,
  ) {}

  /** 403 WRONG_PASSWORD for a wrong one, 429 after too many. */
  async assertMatches(userId: string, password: string): Promise<void> {
    const limit = ACCOUNT_RATE_LIMITS.wrongCurrentPasswords;
    await this.rateLimits.assertNotExceeded(limit, userId);
    if (await this.users.passwordMatches(userId, password)) return;
    await this.rateLimits.countFailure(limit, userId);
    throw new ForbiddenException({
      error: AuthError.WRONG_PASSWORD,
      message: 'The current password is wrong.',
    });
  }
}
