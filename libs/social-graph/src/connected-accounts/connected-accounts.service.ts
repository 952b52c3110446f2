// A member's connected accounts: what the settings page shows, connecting a verified Bluesky account,
// reading again on demand, and disconnecting.
import {
  BadRequestException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseHandle, ProfilesError } from '@neuland/profiles';
import { Jobs } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { countMembersFoundBy } from '../imports/found-members.js';
import { SocialGraphError } from '../social-graph-errors.js';
import { connectionImportId } from './connection-imports.js';
import { ConnectionSettings } from './connection-settings.js';
import type { ConnectedAccountDto } from './dto/connected-account.dto.js';
import { FIRST_READ_AGAIN } from './mastodon-connect.service.js';

const COLUMNS = `id, network, handle, server, status, reason, import_id AS "importId",
  accounts_found AS "accountsFound", last_read_at AS "lastReadAt", created_at AS "connectedAt"`;

interface ConnectionRow extends Omit<ConnectedAccountDto, 'matchedMembers' | 'lastReadAt' | 'connectedAt'> {
  importId: string;
  lastReadAt: Date | null;
  connectedAt: Date;
}

@Injectable()
export class ConnectedAccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
    private readonly settings: ConnectionSettings,
  ) {}

  async list(ownerId: string): Promise<ConnectedAccountDto[]> {
    const rows: ConnectionRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM account_connection WHERE owner_id = $1 ORDER BY created_at, id`,
      [ownerId],
    );
    return Promise.all(rows.map((row) => this.view(ownerId, row)));
  }

  async get(ownerId: string, id: string): Promise<ConnectedAccountDto> {
    return this.view(ownerId, await this.find(ownerId, id));
  }

  /** Bluesky follows are public: no token, only proof that the account is the member's (today's DID proof). */
  async connectBluesky(ownerId: string, input: string): Promise<ConnectedAccountDto> {
    const handle = normaliseHandle('bluesky', input);
    if (!handle) {
      throw new BadRequestException({
        error: ProfilesError.INVALID_HANDLE,
        message: 'This is not a Bluesky handle such as name.bsky.social.',
        details: [{ field: 'handle', message: 'must be a handle such as name.bsky.social' }],
      });
    }
    const [verified] = await this.db.query(
      `SELECT 1 FROM member_social_account WHERE user_id = $1 AND platform = 'bluesky' AND handle = $2 AND verified`,
      [ownerId, handle],
    );
    if (!verified) {
      throw new UnprocessableEntityException({
        error: SocialGraphError.BLUESKY_ACCOUNT_NOT_VERIFIED,
        message: `Verify ${handle} on your profile first; then its follows can be read.`,
      });
    }
    const server = new URL(this.settings.blueskyAppViewUrl).host;
    const id = await this.db.transaction(async (transaction) => {
      const importId = await connectionImportId(transaction, ownerId, 'bluesky', handle);
      const [row] = await transaction.query(
        `INSERT INTO account_connection (owner_id, network, handle, server, remote_account_id, import_id, next_read_at)
         VALUES ($1, 'bluesky', $2, $3, $2, $4, now() + ${FIRST_READ_AGAIN})
         ON CONFLICT (owner_id, network, handle) DO UPDATE
           SET status = 'reading', reason = NULL, next_read_at = EXCLUDED.next_read_at
         RETURNING id`,
        [ownerId, handle, server, importId],
      );
      return row.id as string;
    });
    await this.jobs.enqueue({ name: 'read-connection', data: { kind: 'read', connectionId: id } });
    return this.get(ownerId, id);
  }

  /** "Refresh now": the caller limits how often. */
  async refresh(ownerId: string, id: string): Promise<ConnectedAccountDto> {
    const row = await this.find(ownerId, id);
    await this.jobs.enqueue({ name: 'read-connection', data: { kind: 'read', connectionId: row.id } });
    return this.view(ownerId, row);
  }

  /** The token and every contact that came only from this connection go (its import row, and with it its contacts). */
  async disconnect(ownerId: string, id: string): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const row = await this.find(ownerId, id);
      await transaction.query(`DELETE FROM account_connection WHERE id = $1`, [row.id]);
      await transaction.query(`DELETE FROM contact_import WHERE id = $1 AND owner_id = $2`, [
        row.importId,
        ownerId,
      ]);
    });
  }

  private async find(ownerId: string, id: string): Promise<ConnectionRow> {
    const [row] = await this.db.query(
      `SELECT ${COLUMNS} FROM account_connection WHERE id = $1 AND owner_id = $2`,
      [id, ownerId],
    );
    if (!row) {
      throw new NotFoundException({
        error: SocialGraphError.CONNECTION_NOT_FOUND,
        message: 'You have no connected account with this id.',
      });
    }
    return row;
  }

  private async view(ownerId: string, row: ConnectionRow): Promise<ConnectedAccountDto> {
    return {
      id: row.id,
      network: row.network,
      handle: row.handle,
      server: row.server,
      status: row.status,
      reason: row.reason,
      accountsFound: row.accountsFound,
      matchedMembers: await countMembersFoundBy(this.db.manager, row.importId, ownerId),
      lastReadAt: row.lastReadAt ? new Date(row.lastReadAt).toISOString() : null,
      connectedAt: new Date(row.connectedAt).toISOString(),
    };
  }
}
