import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import { isUniqueViolation, type PreparedStatement, runPrepared } from '@neuland/database';
import { millisecondsOf, newestFirstPage, type Page, type PageQuery } from '@neuland/http';
import type { EntityManager, Repository } from 'typeorm';
import { AccountCreatedHooks } from './account-created-hooks.js';
import type { AccountDto } from './dto/access-token.dto.js';
import { hashPassword, passwordMatches } from './password-hashing.js';
import type { Role } from './roles.js';
import { User } from './user.entity.js';
import { AuthError } from './auth-errors.js';

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

/** Asked for every mail to a member. */
const CONTACT_OF: PreparedStatement = {
  name: 'contact-of',
  text: `SELECT email, display_name AS "displayName" FROM "user" WHERE id = $1`,
};

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditTrail,
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
          error: AuthError.EMAIL_TAKEN,
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
    if (!user) throw new NotFoundException({ error: AuthError.USER_NOT_FOUND, message: 'No such user.' });
    return user;
  }

  /** Newest first, by keyset: stable while new accounts arrive, and never skipping accounts made in one instant. */
  async listNewestFirst(
    query: PageQuery & { q?: string },
    filter: { suspendedOnly?: boolean } = {},
  ): Promise<Page<AccountDto>> {
    const builder = this.users.createQueryBuilder('user');
    if (query.q) {
      builder.where('(user.email ILIKE :q OR user.display_name ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`,
      });
    }
    if (filter.suspendedOnly) builder.andWhere('user.suspended_at IS NOT NULL');
    const { rows, nextCursor } = await newestFirstPage(
      builder,
      millisecondsOf('user.created_at'),
      (user) => user.createdAt.toISOString(),
      query,
    );
    return { items: rows.map(toAccountDto), nextCursor };
  }

  /** Sign-ups per week (weeks start on Monday, UTC) since `since`, keyed by the week's first day (`2026-11-23`). */
  async signUpsPerWeek(since: Date): Promise<Map<string, number>> {
    const rows: Array<{ week: string; count: number }> = await this.users.query(
      `SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS count
         FROM "user" WHERE created_at >= $1 GROUP BY 1`,
      [since],
    );
    return new Map(rows.map((row) => [row.week, row.count]));
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** Where and how to write to a member: for mails, read when they are sent. */
  async contactOf(id: string): Promise<{ email: string; displayName: string } | undefined> {
    const [contact] = await runPrepared<{ email: string; displayName: string }>(
      this.users.manager,
      CONTACT_OF,
      [id],
    );
    return contact;
  }

  /** The member who verified `email` as theirs, if any (an account that did not verify it may not own it). */
  async findByVerifiedEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email) AND user.email_verified_at IS NOT NULL', {
        email: email.trim(),
      })
      .getOne();
  }

  async exists(id: string): Promise<boolean> {
    return this.users.existsBy({ id });
  }

  /**
   * The account, its sessions and the links mailed to it, as the member's data export shows them (no password or
   * token hashes), read with the export's snapshot.
   */
  async exportOf(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const [account] = await snapshot.query(
      `SELECT id, email, display_name AS "displayName", role, email_verified_at AS "emailVerifiedAt",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM "user" WHERE id = $1`,
      [userId],
    );
    const sessions = await snapshot.query(
      `SELECT id, user_agent AS "userAgent", created_at AS "createdAt", expires_at AS "expiresAt",
              revoked_at AS "endedAt"
         FROM session WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const mailedLinks = await snapshot.query(
      `SELECT purpose, email, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM account_token WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { account: account ?? null, sessions, mailedLinks };
  }

  /** The account and with it (foreign keys) its sessions and mailed links, in the caller's transaction. */
  async delete(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.delete(User, { id: userId });
  }

  /** Of `emails`, the ones (lower-cased) a member has verified as theirs. */
  async verifiedAddressesAmong(emails: string[]): Promise<Set<string>> {
    const rows: { email: string }[] = await this.users.query(
      `SELECT lower(email) AS email FROM "user"
        WHERE lower(email) = ANY($1::text[]) AND email_verified_at IS NOT NULL`,
      [emails.map((email) => email.trim().toLowerCase())],
    );
    return new Set(rows.map((row) => row.email));
  }

  /** For actions that ask for the password again (change of e-mail or password, deletion). */
  async passwordMatches(id: string, password: string): Promise<boolean> {
    return passwordMatches(await this.passwordHashOf(id), password);
  }

  async passwordHashOf(id: string): Promise<string> {
    const user = await this.users.findOne({ where: { id }, select: { id: true, passwordHash: true } });
    if (!user) throw new NotFoundException({ error: AuthError.USER_NOT_FOUND, message: 'No such user.' });
    return user.passwordHash;
  }

  /** A role change takes effect on every live session at once, and goes into the audit trail with who made it. */
  async setRole(
    id: string,
    role: Role,
    changedBy: string | null,
    inTransaction?: EntityManager,
  ): Promise<User> {
    const run = <T>(work: (transaction: EntityManager) => Promise<T>) =>
      inTransaction ? work(inTransaction) : this.users.manager.transaction(work);
    return run(async (transaction) => {
      const user = await transaction.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException({ error: AuthError.USER_NOT_FOUND, message: 'No such user.' });
      if (user.role === role) return user;
      const before = user.role;
      user.role = role;
      const saved = await transaction.save(user);
      await this.audit.record(transaction, {
        actorId: changedBy,
        action: 'user.role_changed',
        target: { kind: 'user', id },
        before: { role: before },
        after: { role },
      });
      return saved;
    });
  }
}

export function toAccountDto(user: User): AccountDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt != null,
    suspended: user.suspendedAt != null,
    createdAt: user.createdAt.toISOString(),
  };
}
