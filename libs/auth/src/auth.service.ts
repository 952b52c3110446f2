import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { MailQueue } from '@neuland/mail';
import type { AccessTokenClaims } from './authenticated-user.js';
import type { AccessTokenDto, RegisteredDto } from './dto/access-token.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { RegisterDto } from './dto/register.dto.js';
import { passwordMatches, UNKNOWN_ACCOUNT_HASH } from './password-hashing.js';
import type { User } from './user.entity.js';
import { toAccountDto, UsersService } from './users.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly mailQueue: MailQueue,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async register(input: RegisterDto): Promise<RegisteredDto> {
    const user = await this.users.create(input);
    await this.mailQueue.send(
      {
        template: 'welcome',
        to: { address: user.email, name: user.displayName },
        data: { displayName: user.displayName },
      },
      `welcome-${user.id}`,
    );
    return { account: toAccountDto(user), ...(await this.issueToken(user)) };
  }

  async login(credentials: LoginDto): Promise<AccessTokenDto> {
    return this.issueToken(await this.verifyCredentials(credentials));
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

  private async issueToken(user: User): Promise<AccessTokenDto> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const expiresIn = this.config.get('auth.jwtTtlSeconds', { infer: true });
    return { accessToken: await this.jwt.signAsync(claims, { expiresIn }), expiresIn };
  }
}
