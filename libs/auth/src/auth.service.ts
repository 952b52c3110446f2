import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import type { AccessTokenClaims } from './authenticated-user.js';
import type { AccessTokenDto, RegisteredDto } from './dto/access-token.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { RegisterDto } from './dto/register.dto.js';
import { EmailVerificationService } from './email-verification/email-verification.service.js';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './password-hashing.js';
import { SessionsService } from './sessions/sessions.service.js';
import type { User } from './user.entity.js';
import { toAccountDto, UsersService } from './users.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
  ) {}

  async register(input: RegisterDto, userAgent?: string): Promise<RegisteredDto> {
    // The welcome mail is not sent from here: libs/notifications hooks `account.registered` into the
    // account's own transaction, and the worker mails it.
    const user = await this.users.create(input);
    await this.emailVerification.sendLink(user, user.email);
    return { account: toAccountDto(user), ...(await this.issueToken(user, userAgent)) };
  }

  async login(credentials: LoginDto, userAgent?: string): Promise<AccessTokenDto> {
    return this.issueToken(await this.verifyCredentials(credentials), userAgent);
  }

  /** The account these credentials belong to; a wrong password and an unknown e-mail look the same. */
  async verifyCredentials({ email, password }: LoginDto): Promise<User> {
    const user = await this.users.findByEmailWithPassword(email);
    const matches = await passwordMatches(user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
    if (!user || !matches) {
      throw new UnauthorizedException({
        error: 'INVALID_CREDENTIALS',
        message: 'E-mail address or password is wrong.',
      });
    }
    return user;
  }

  /** Every token belongs to a session (`sid`), so it can be ended before it expires. */
  private async issueToken(user: User, userAgent: string | undefined): Promise<AccessTokenDto> {
    const session = await this.sessions.start(user.id, userAgent);
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, sid: session.id };
    const expiresIn = this.config.get('auth.jwtTtlSeconds', { infer: true });
    return { accessToken: await this.jwt.signAsync(claims, { expiresIn }), expiresIn };
  }
}
