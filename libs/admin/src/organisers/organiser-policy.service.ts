// The organiser policy, an admin setting: `open` lets every member with a verified address create meetups,
// `approval` only organisers (members ask, admins decide). Registered with the meetups feature as its rule.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupCreators } from '@neuland/meetups';
import type { DataSource } from 'typeorm';

export const ORGANISER_POLICIES = ['open', 'approval'] as const;
export type OrganiserPolicy = (typeof ORGANISER_POLICIES)[number];

const POLICY_KEY = 'organiser_policy';
const DEFAULT_POLICY: OrganiserPolicy = 'open';

@Injectable()
export class OrganiserPolicyService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly creators: MeetupCreators,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.creators.decideWith((user) => this.mayCreateMeetups(user));
  }

  /** One primary-key read per question: a changed policy counts at once, in every api process. */
  async current(): Promise<OrganiserPolicy> {
    const [row]: { value: OrganiserPolicy }[] = await this.dataSource.query(
      `SELECT value FROM admin_setting WHERE key = $1`,
      [POLICY_KEY],
    );
    return row && ORGANISER_POLICIES.includes(row.value) ? row.value : DEFAULT_POLICY;
  }

  /** For a member whose address is verified (the meetups feature checks that first). */
  async mayCreateMeetups(user: Pick<AuthenticatedUser, 'role'>): Promise<boolean> {
    if (user.role === 'organiser' || user.role === 'admin') return true;
    return (await this.current()) === 'open';
  }

  async change(policy: OrganiserPolicy, adminId: string): Promise<OrganiserPolicy> {
    await this.dataSource.transaction(async (transaction) => {
      const [row]: { value: OrganiserPolicy }[] = await transaction.query(
        `SELECT value FROM admin_setting WHERE key = $1 FOR UPDATE`,
        [POLICY_KEY],
      );
      const before = row?.value ?? DEFAULT_POLICY;
      if (before === policy) return;
      await transaction.query(
        `INSERT INTO admin_setting (key, value, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [POLICY_KEY, JSON.stringify(policy)],
      );
      await this.audit.record(transaction, {
        actorId: adminId,
        action: 'setting.changed',
        target: { kind: 'setting', id: null },
        before: { organiserPolicy: before },
        after: { organiserPolicy: policy },
      });
    });
    return policy;
  }
}
