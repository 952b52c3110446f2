// What the social graph keeps about a member: whom they follow and block, and the contacts they imported.
// Other people appear by their public handle at most (read through libs/profiles' view member_profile).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class SocialGraphPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register('social-graph', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const follows = await snapshot.query(
      `SELECT p.handle, f.created_at AS "since"
         FROM follow f JOIN member_profile p ON p.user_id = f.followee_id
        WHERE f.follower_id = $1 ORDER BY f.created_at`,
      [userId],
    );
    const blocks = await snapshot.query(
      `SELECT p.handle, b.created_at AS "since"
         FROM block b JOIN member_profile p ON p.user_id = b.blocked_id
        WHERE b.blocker_id = $1 ORDER BY b.created_at`,
      [userId],
    );
    const files = await snapshot.query(
      `SELECT format, rows_read AS "rowsRead", recognised, rejected, created_at AS "importedAt"
         FROM contact_import WHERE owner_id = $1 ORDER BY created_at`,
      [userId],
    );
    const contacts = await snapshot.query(
      `SELECT DISTINCT platform, handle FROM imported_contact WHERE owner_id = $1 ORDER BY platform, handle`,
      [userId],
    );
    // Which accounts are connected and when they were last read; never a token.
    const connectedAccounts = await snapshot.query(
      `SELECT network, handle, server, status, accounts_found AS "accountsFound",
              last_read_at AS "lastReadAt", created_at AS "connectedAt"
         FROM account_connection WHERE owner_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { follows, blocks, imports: { files, contacts }, connectedAccounts };
  }

  /** Follows and blocks both ways: nobody keeps following or blocking an account that is gone. */
  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM follow WHERE follower_id = $1 OR followee_id = $1`, [userId]);
    await transaction.query(`DELETE FROM block WHERE blocker_id = $1 OR blocked_id = $1`, [userId]);
    await transaction.query(`DELETE FROM account_connection_request WHERE owner_id = $1`, [userId]);
    await transaction.query(`DELETE FROM account_connection WHERE owner_id = $1`, [userId]);
    await transaction.query(`DELETE FROM imported_contact WHERE owner_id = $1`, [userId]);
    await transaction.query(`DELETE FROM contact_import WHERE owner_id = $1`, [userId]);
  }
}
