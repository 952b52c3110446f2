import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUniqueViolation } from '@neuland/database';
import { decodeCursor, encodeCursor, type Page, type PageQuery } from '@neuland/http';
import type { Repository } from 'typeorm';
import { AccountCreatedHooks } from './account-created-hooks.js';
import type { AccountDto } from './dto/access-token.dto.js';
import { hashPassword } from './password-hashing.js';
import { type Role, User } from './user.entity.js';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role?: Role;
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
      passwordHash: await hashPassword(account.password),
      displayName: account.displayName,
      role: account.role ?? 'member',
    });
    try {
      // An account never exists without what features attach to it at birth (its profile).
      return await this.users.manager.transaction(async (transaction) => {
        const saved = await transaction.save(user);
        await this.accountCreatedHooks.run(transaction, saved);
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

  /** Newest first, by keyset: stable while new accounts arrive. */
  async listNewestFirst(query: PageQuery): Promise<Page<AccountDto>> {
    const after = decodeCursor(query.cursor) as [string, string] | undefined;
    const builder = this.users
      .createQueryBuilder('user')
      .orderBy('user.createdAt', 'DESC')
      .addOrderBy('user.id', 'DESC')
      .take(query.limit + 1);
    if (after)
      builder.where('(user.createdAt, user.id) < (:createdAt, :id)', { createdAt: after[0], id: after[1] });
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toAccountDto),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
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
    createdAt: user.createdAt.toISOString(),
  };
}
