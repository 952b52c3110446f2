// The worker side: reads whom a connected account follows, and brings its imported contacts up to date in one
// transaction, so that nothing half-read is ever shown as the connection's contacts.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatchingKey } from '@neuland/profiles';
import { Jobs } from '@neuland/queue';
import { SafeFetcher } from '@neuland/safe-fetch';
import type { DataSource } from 'typeorm';
import { accountRow } from '../imports/contact-file-formats.js';
import { MAX_IMPORT_ROWS } from '../imports/imported-contacts-writer.js';
import { ConnectionFailure } from './connection-failure.js';
import { replaceContacts } from './connection-imports.js';
import { ConnectionSettings } from './connection-settings.js';
import { readAllPages } from './follows-pages.js';
import { blueskyPage, firstBlueskyPage, firstMastodonPage, mastodonPage } from './network-follows.js';

interface ConnectionRow {
  id: string;
  ownerId: string;
  network: 'mastodon' | 'bluesky';
  server: string;
  remoteAccountId: string;
  importId: string;
  tokenSealed: Buffer | null;
}

/** A server that failed is asked again after an hour, not a day: the outage is likely over. */
const AFTER_FAILURE_MS = 3600 * 1000;

@Injectable()
export class ConnectionReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly fetcher: SafeFetcher,
    private readonly jobs: Jobs,
    private readonly settings: ConnectionSettings,
  ) {}

  async read(connectionId: string): Promise<void> {
    const [connection]: ConnectionRow[] = await this.db.query(
      `SELECT id, owner_id AS "ownerId", network, server, remote_account_id AS "remoteAccountId",
              import_id AS "importId", token_sealed AS "tokenSealed"
         FROM account_connection WHERE id = $1`,
      [connectionId],
    );
    if (!connection) return;
    let accounts: string[];
    try {
      accounts = await this.followsOf(connection);
    } catch (error) {
      if (error instanceof ConnectionFailure) return this.recordFailure(connection, error);
      throw error;
    }
    await this.apply(connection, accounts);
  }

  /** Called by the scheduler: queues a read of every connection that is due again. */
  async enqueueDueReads(): Promise<number> {
    // Authorisations nobody finished are of no use once expired (they hold a PKCE verifier).
    await this.db.query(`DELETE FROM account_connection_request WHERE expires_at < now()`);
    const due: Array<{ id: string; next_read_at: Date }> = await this.db.query(
      `SELECT id, next_read_at FROM account_connection WHERE next_read_at <= now() ORDER BY next_read_at LIMIT 1000`,
    );
    await this.jobs.enqueueBulk(
      due.map((connection) => ({
        name: 'reread-connection',
        data: { kind: 'read', connectionId: connection.id },
        dueAt: connection.next_read_at,
      })),
    );
    return due.length;
  }

  private async followsOf(connection: ConnectionRow): Promise<string[]> {
    const reading = { fetcher: this.fetcher, retryBaseMs: this.settings.retryBaseMs };
    if (connection.network === 'bluesky') {
      const first = firstBlueskyPage(this.settings.blueskyAppViewUrl, connection.remoteAccountId);
      const read = await readAllPages(
        reading,
        first,
        (response) => blueskyPage(first, response),
        MAX_IMPORT_ROWS,
      );
      return read.accounts;
    }
    if (!connection.tokenSealed) throw new ConnectionFailure('ACCESS_WITHDRAWN');
    const server = this.settings.serverAt(connection.server);
    const token = this.settings.seal.open(connection.tokenSealed);
    const read = await readAllPages(
      { ...reading, headers: { authorization: `Bearer ${token}` } },
      firstMastodonPage(server, connection.remoteAccountId),
      (response) => mastodonPage(server, response),
      MAX_IMPORT_ROWS,
    );
    return read.accounts;
  }

  /** Each followed account becomes a contact exactly as a row of an uploaded file would. */
  private async apply(connection: ConnectionRow, accounts: string[]): Promise<void> {
    const platform = connection.network;
    const rows = accounts.map((account) => accountRow(platform, account));
    const keys: MatchingKey[] = rows.flatMap((row) => ('keys' in row ? row.keys : []));
    const rejected = rows.length - rows.filter((row) => 'keys' in row).length;
    const resealed =
      connection.tokenSealed && this.settings.seal.isStale(connection.tokenSealed)
        ? this.settings.seal.seal(this.settings.seal.open(connection.tokenSealed))
        : null;
    // The connection's contacts change all at once, and only while it is still connected.
    await this.db.transaction(async (transaction) => {
      const [still] = await transaction.query(`SELECT 1 FROM account_connection WHERE id = $1 FOR UPDATE`, [
        connection.id,
      ]);
      if (!still) return;
      const { added, removed } = await replaceContacts(
        transaction,
        connection.importId,
        connection.ownerId,
        keys,
      );
      if (added > 0 || removed > 0) {
        await transaction.query(
          `UPDATE contact_import SET rows_read = $2, recognised = $3, rejected = $4 WHERE id = $1`,
          [connection.importId, rows.length, rows.length - rejected, rejected],
        );
      }
      await transaction.query(
        `UPDATE account_connection
            SET status = 'connected', reason = NULL, accounts_found = $2, last_read_at = now(), next_read_at = $3,
                token_sealed = coalesce($4, token_sealed)
          WHERE id = $1`,
        [connection.id, rows.length, this.settings.nextReadAt(), resealed],
      );
    });
  }

  private async recordFailure(connection: ConnectionRow, failure: ConnectionFailure): Promise<void> {
    if (failure.reason === 'ACCESS_WITHDRAWN') {
      // The token is worthless now: it goes, and nothing is read again until the member connects again.
      await this.db.query(
        `UPDATE account_connection SET status = 'access_withdrawn', reason = $2, token_sealed = NULL, next_read_at = NULL
          WHERE id = $1`,
        [connection.id, failure.reason],
      );
      return;
    }
    if (failure.reason === 'WAITING_FOR_SERVER') {
      await this.db.query(`UPDATE account_connection SET reason = $2, next_read_at = $3 WHERE id = $1`, [
        connection.id,
        failure.reason,
        failure.retryAt,
      ]);
      return;
    }
    await this.db.query(
      `UPDATE account_connection SET status = 'failed', reason = $2, next_read_at = $3 WHERE id = $1`,
      [connection.id, failure.reason, new Date(Date.now() + AFTER_FAILURE_MS)],
    );
  }
}
