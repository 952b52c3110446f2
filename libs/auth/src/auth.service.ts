import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@neuland/outbox';
import type { DataSource } from 'typeorm';
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
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async register(input: RegisterDto): Promise<RegisteredDto> {
    // Invariant: an account exists exactly when its `account.registered` event does; the worker's welcome
    // mail hangs off that event, so no account goes unwelcomed and no mail greets an account that was rolled back.
    const user = await this.dataSource.transaction(async (transaction) => {
      const created = await this.users.create(input, transaction);
      await this.outbox.record(transaction, {
        topic: 'account.registered',
        subjectId: created.id,
        payload: { userId: created.id },
      });
      return created;
    });
    return { account: toAccountDto(user), ...(await this.issueToken(user)) };
  }

  async login({ email, password }: LoginDto): Promise<AccessTokenDto> {
    const user = await this.users.findByEmailWithPassword(email);
    const matches = await passwordMatches(user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
    if (!user || !matches) {
      throw new UnauthorizedException({
        error: 'INVALID_CREDENTIALS',
        message: 'E-mail address or password is wrong.',
      });
    }
    return this.issueToken(user);
  }

  private async issueToken(user: User): Promise<AccessTokenDto> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    const expiresIn = this.config.get('auth.jwtTtlSeconds', { infer: true });
    return { accessToken: await this.jwt.signAsync(claims, { expiresIn }), expiresIn };
  }
}
