// Connecting a Mastodon account: the app registered once per server, the member sent through the server's OAuth
// authorisation (state + PKCE), and on return the token sealed, the account verified and its first read queued.
import { createHash, randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@neuland/outbox';
import { normaliseHandle, ProfilesError, takeVerifiedAccount } from '@neuland/profiles';
import { Jobs } from '@neuland/queue';
import { SafeFetcher } from '@neuland/safe-fetch';
import type { DataSource } from 'typeorm';
import { SocialGraphError } from '../social-graph-errors.js';
import { connectionImportId } from './connection-imports.js';
import { ConnectionSettings } from './connection-settings.js';
import {
  codeChallengeOf,
  exchangeCode,
  newCodeVerifier,
  registerApp,
  type RegisteredApp,
  verifyCredentials,
} from './mastodon-oauth.js';

const AUTHORISATION_TTL_MS = 15 * 60 * 1000;

/** Redis may lose the first read's job: the scheduler's scan then reads it within the hour. */
export const FIRST_READ_AGAIN = `interval '1 hour'`;

const hashOf = (state: string) => createHash('sha256').update(state).digest('hex');

@Injectable()
export class MastodonConnectService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly fetcher: SafeFetcher,
    private readonly jobs: Jobs,
    private readonly outbox: OutboxService,
    private readonly settings: ConnectionSettings,
  ) {}

  /** Returns the server's authorisation page for the member to go to. */
  async start(ownerId: string, input: string): Promise<{ authoriseUrl: string }> {
    const handle = normaliseHandle('mastodon', input);
    if (!handle) {
      throw new BadRequestException({
        error: ProfilesError.INVALID_HANDLE,
        message: 'This is not a Mastodon handle such as @name@mastodon.social.',
        details: [{ field: 'handle', message: 'must be a handle such as @name@mastodon.social' }],
      });
    }
    const server = this.settings.serverAt(handle.slice(handle.indexOf('@') + 1));
    const app = await this.appFor(server);
    const state = randomBytes(32).toString('base64url');
    const codeVerifier = newCodeVerifier();
    await this.db.query(
      `INSERT INTO account_connection_request (state_hash, owner_id, server, redirect_uri, code_verifier, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        hashOf(state),
        ownerId,
        server.host,
        this.settings.redirectUri,
        codeVerifier,
        new Date(Date.now() + AUTHORISATION_TTL_MS),
      ],
    );
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: app.clientId,
      redirect_uri: this.settings.redirectUri,
      scope: app.scope,
      state,
      code_challenge: codeChallengeOf(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authoriseUrl: `${server.origin}/oauth/authorize?${query.toString()}` };
  }

  /** The return from the server: only with a state this member started, once, before it expires. */
  async finish(ownerId: string, state: string, code: string): Promise<string> {
    // A DELETE … RETURNING answers [rows, count].
    const [[request]] = await this.db.query(
      `DELETE FROM account_connection_request
        WHERE state_hash = $1 AND owner_id = $2 AND expires_at > now()
       RETURNING server, redirect_uri AS "redirectUri", code_verifier AS "codeVerifier"`,
      [hashOf(state), ownerId],
    );
    if (!request) {
      throw new BadRequestException({
        error: SocialGraphError.CONNECTION_STATE_INVALID,
        message: 'This authorisation was not started here, has expired or was used already. Connect again.',
      });
    }
    const server = this.settings.serverAt(request.server);
    const app = await this.appFor(server);
    const token = await exchangeCode(
      this.fetcher,
      server,
      { ...app, redirectUri: request.redirectUri },
      code,
      request.codeVerifier,
    );
    const account = await verifyCredentials(this.fetcher, server, token);
    const handle = normaliseHandle('mastodon', `@${account.username}@${server.host}`);
    if (!handle)
      throw new BadRequestException({ error: ProfilesError.INVALID_HANDLE, message: 'Unusable account.' });

    // The connection, its import row and the verified account go in together, or not at all.
    const connectionId = await this.db.transaction(async (transaction) => {
      const importId = await connectionImportId(transaction, ownerId, 'mastodon', handle);
      const [connection] = await transaction.query(
        `INSERT INTO account_connection
           (owner_id, network, handle, server, remote_account_id, import_id, token_sealed, next_read_at)
         VALUES ($1, 'mastodon', $2, $3, $4, $5, $6, now() + ${FIRST_READ_AGAIN})
         ON CONFLICT (owner_id, network, handle) DO UPDATE
           SET server = EXCLUDED.server, remote_account_id = EXCLUDED.remote_account_id,
               token_sealed = EXCLUDED.token_sealed, status = 'reading', reason = NULL,
               next_read_at = EXCLUDED.next_read_at
         RETURNING id`,
        [ownerId, handle, server.host, account.id, importId, this.settings.seal.seal(token)],
      );
      const taken = await takeVerifiedAccount(transaction, this.outbox, {
        userId: ownerId,
        platform: 'mastodon',
        handle,
        proofId: connection.id,
      });
      if (!taken) {
        throw new ConflictException({
          error: SocialGraphError.ACCOUNT_VERIFIED_BY_SOMEONE_ELSE,
          message: `Another member has verified ${handle} as theirs.`,
        });
      }
      return connection.id as string;
    });
    await this.jobs.enqueue({ name: 'read-connection', data: { kind: 'read', connectionId } });
    return connectionId;
  }

  /** Registered once per server (and return address) and kept: servers limit how many apps may be made. */
  private async appFor(server: { host: string; origin: string }): Promise<RegisteredApp> {
    const [kept] = await this.db.query(
      `SELECT client_id AS "clientId", client_secret_sealed AS "secret", scope
         FROM mastodon_app WHERE server = $1 AND redirect_uri = $2`,
      [server.host, this.settings.redirectUri],
    );
    if (kept)
      return {
        clientId: kept.clientId,
        clientSecret: this.settings.seal.open(kept.secret),
        scope: kept.scope,
      };
    const app = await registerApp(this.fetcher, server, this.settings.redirectUri, this.settings.appUrl);
    // Two members of one server connecting at once: the first registration is kept, the second is not used.
    await this.db.query(
      `INSERT INTO mastodon_app (server, redirect_uri, client_id, client_secret_sealed, scope)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [
        server.host,
        this.settings.redirectUri,
        app.clientId,
        this.settings.seal.seal(app.clientSecret),
        app.scope,
      ],
    );
    const [stored] = await this.db.query(
      `SELECT client_id AS "clientId", client_secret_sealed AS "secret", scope
         FROM mastodon_app WHERE server = $1 AND redirect_uri = $2`,
      [server.host, this.settings.redirectUri],
    );
    return {
      clientId: stored.clientId,
      clientSecret: this.settings.seal.open(stored.secret),
      scope: stored.scope,
    };
  }
}
