import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUniqueViolation } from '@neuland/database';
import { millisecondsOf, newestFirstPage, type Page, type PageQuery } from '@neuland/http';
import type { Repository } from 'typeorm';
import { AccountCreatedHooks } from './account-created-hooks.js';
import type { AccountDto } from './dto/access-token.dto.js';
import { hashPassword, passwordMatches } from './password-hashing.js';
import { type Role, User } from './user.entity.js';

export interface NewAccount {
  email: string;
  /** Or `passwordHash`, when the caller hashed it already. */
  password?: string;
  passwordHash?: string;
  displayName: string;
  role?: Role;
  /** The language the person signed up in: their profile's, and their mails'. */
  language?: 'de' | 'en';
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly accountCreatedHooks: AccountCreatedHooks,
  ) {}

  async create(account: NewAccount): Promise<User> {
    const user = this.users.create({
      email: account.email,
      passwordHash: account.passwordHash ?? (await hashPassword(account.password!)),
      displayName: account.displayName,
      role: account.role ?? 'member',
    });
    try {
      // An account never exists without what features attach to it at birth (its profile).
      return await this.users.manager.transaction(async (transaction) => {
        const saved = await transaction.save(user);
        await this.accountCreatedHooks.run(transaction, saved, { language: account.language });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_user_email_lower')) {
        throw new ConflictException({
          error: 'EMAIL_TAKEN',
          message: 'An account with this e-mail address exists.',
        });
      }
      throw error;
    }
  }

  /** Case-insensitive, with the password hash selected (it is hidden by default). */
  findByEmailWithPassword(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException({ error: 'USER_NOT_FOUND', message: 'No such user.' });
    return user;
  }

  /** Newest first, by keyset: stable while new accounts arrive, and never skipping accounts made in one instant. */
  async listNewestFirst(query: PageQuery): Promise<Page<AccountDto>> {
    const { rows, nextCursor } = await newestFirstPage(
      this.users.createQueryBuilder('user'),
      millisecondsOf('user.created_at'),
      (user) => user.createdAt.toISOString(),
      query,
    );
    return { items: rows.map(toAccountDto), nextCursor };
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** For actions that ask for the password again (change of e-mail or password, deletion). */
  async passwordMatches(id: string, password: string): Promise<boolean> {
    return passwordMatches(await this.passwordHashOf(id), password);
  }

  async passwordHashOf(id: string): Promise<string> {
    const user = await this.users.findOne({ where: { id }, select: { id: true, passwordHash: true } });
    if (!user) throw new NotFoundException({ error: 'USER_NOT_FOUND', message: 'No such user.' });
    return user.passwordHash;
  }

  async setRole(id: string, role: Role): Promise<User> {
    const user = await this.get(id);
    user.role = role;
    return this.users.save(user);
  }
}

export function toAccountDto(user: User): AccountDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt != null,
    createdAt: user.createdAt.toISOString(),
  };
}
