import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { isUniqueViolation } from '@neuland/database';
import { RateLimits } from '@neuland/http';
import { ACCOUNT_RATE_LIMITS, addressKey } from './account-rate-limits.js';
import type { AccessTokenClaims } from './authenticated-user.js';
import type { AccessTokenDto } from './dto/access-token.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { RegisterDto } from './dto/register.dto.js';
import { EmailVerificationService } from './email-verification/email-verification.service.js';
import { hashPassword, passwordMatches, UNKNOWN_ACCOUNT_HASH } from './password-hashing.js';
import { SessionsService } from './sessions/sessions.service.js';
import type { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import { AuthError } from './auth-errors.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly rateLimits: RateLimits,
  ) {}

  /**
   * Does the same, in the same time, whether or not the address has an account, so that signing up tells nobody
   * who is registered: a new address gets its account and a verification link; a taken one a note to its owner.
   * Either way the person continues from the mail.
   */
  async register(input: RegisterDto): Promise<void> {
    await this.rateLimits.consume(ACCOUNT_RATE_LIMITS.mailsToAddress, addressKey(input.email));
    const passwordHash = await hashPassword(input.password);
    const taken = await this.users.findByEmail(input.email);
    if (taken) return this.emailVerification.tellOwnerAddressWasGiven(taken);
    let user: User;
    try {
      // The welcome mail is not sent from here: libs/notifications hooks `account.registered` into the
      // account's own transaction, and the worker mails it.
      user = await this.users.create({ ...input, password: undefined, passwordHash });
    } catch (error) {
      // Someone else signed up with this address a moment ago: that account is the owner now.
      const winner =
        isUniqueViolation(error, 'uq_user_email_lower') && (await this.users.findByEmail(input.email));
      if (!winner) throw error;
      return this.emailVerification.tellOwnerAddressWasGiven(winner);
    }
    // The link's mail speaks the language the person signed up in: it is their profile's now.
    await this.emailVerification.sendLink(user, user.email);
  }

  async login(credentials: LoginDto, userAgent?: string): Promise<AccessTokenDto> {
    return this.issueToken(await this.verifyCredentials(credentials), userAgent);
  }

  /**
   * The account these credentials belong to. A wrong password, an unknown address and an address not confirmed
   * yet look the same (a confirmed address is what makes an account someone's). Failures count per address typed.
   */
  async verifyCredentials({ email, password }: LoginDto): Promise<User> {
    const limit = ACCOUNT_RATE_LIMITS.failedLogins;
    const key = addressKey(email);
    await this.rateLimits.assertNotExceeded(limit, key);
    const user = await this.users.findByEmailWithPassword(email);
    const matches = await passwordMatches(user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
    if (!user || !matches || !user.emailVerifiedAt) {
      await this.rateLimits.countFailure(limit, key);
      throw new UnauthorizedException({
        error: AuthError.INVALID_CREDENTIALS,
        message:
          'E-mail address or password is wrong, or the address is not confirmed yet (open the link we mailed you).',
      });
    }
    await this.rateLimits.reset(limit, key);
    // Only someone who knows the password learns of the suspension; everyone else saw the answer above.
    if (user.suspendedAt) {
      throw new ForbiddenException({
        error: AuthError.ACCOUNT_SUSPENDED,
        message: 'This account is suspended. Write to the Neuland team if you think this is a mistake.',
      });
    }
    return user;
  }

  /** Every token belongs to a session (`sid`), so it can be ended before it expires. */
  private async issueToken(user: User, userAgent: string | undefined): Promise<AccessTokenDto> {
    const session = await this.sessions.start(user.id, userAgent);
    const claims: AccessTokenClaims = { sub: user.id, sid: session.id };
    const expiresIn = this.config.get('auth.jwtTtlSeconds', { infer: true });
    return { accessToken: await this.jwt.signAsync(claims, { expiresIn }), expiresIn };
  }
}
