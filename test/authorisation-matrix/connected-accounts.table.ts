// Connected Mastodon and Bluesky accounts: a member's own, never anyone else's.
import { createHash, randomBytes } from 'node:crypto';
import { TokenSeal } from '../../libs/social-graph/src/connected-accounts/token-seal.js';
import { database } from '../support/meetups.js';
import { ownerOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

/** A server Neuland registered with earlier: starting a connection there needs no call to it. */
const KNOWN_SERVER = 'known.example';

async function registerKnownServer(world: World): Promise<Record<string, string>> {
  const seal = new TokenSeal(world.api.config.connections.tokenKeys);
  await database(world.api).query(
    `INSERT INTO mastodon_app (server, redirect_uri, client_id, client_secret_sealed, scope)
     VALUES ($1, $2, 'matrix-client', $3, 'read:follows') ON CONFLICT DO NOTHING`,
    [KNOWN_SERVER, `${world.api.config.app.url}/settings/connections/callback`, seal.seal('matrix-secret')],
  );
  return {};
}

/** A connection of the owner's, made for each call that may act on it. */
async function ownersConnection(world: World): Promise<Record<string, string>> {
  const handle = `owner${randomBytes(4).toString('hex')}@${KNOWN_SERVER}`;
  const db = database(world.api);
  const [contactImport] = await db.query(
    `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
     VALUES ($1, 'mastodon-account', $2, 0, 0, 0, 0) RETURNING id`,
    [world.owner.id, createHash('sha256').update(handle).digest('hex')],
  );
  const [connection] = await db.query(
    `INSERT INTO account_connection (owner_id, network, handle, server, remote_account_id, import_id)
     VALUES ($1, 'mastodon', $2, $3, '1', $4) RETURNING id`,
    [world.owner.id, handle, KNOWN_SERVER, contactImport.id],
  );
  return { id: connection.id };
}

const ownRoute = { ...signedIn(), unverified: '403 EMAIL_NOT_VERIFIED' } as const;

export const connectedAccountRows: Table = {
  'GET /api/v1/me/connected-accounts': { expect: signedIn() },
  'POST /api/v1/me/connected-accounts/mastodon': {
    expect: ownRoute,
    fresh: registerKnownServer,
    body: () => ({ handle: `@someone@${KNOWN_SERVER}` }),
  },
  // Nobody gets past a state they did not start: not even the owner, with a made-up one.
  'POST /api/v1/me/connected-accounts/mastodon/callback': {
    expect: {
      ...signedIn('400 CONNECTION_STATE_INVALID', '400 CONNECTION_STATE_INVALID'),
      unverified: '403 EMAIL_NOT_VERIFIED',
    },
    body: () => ({ state: randomBytes(32).toString('base64url'), code: 'a-code' }),
  },
  'POST /api/v1/me/connected-accounts/bluesky': {
    expect: {
      ...signedIn('422 BLUESKY_ACCOUNT_NOT_VERIFIED', '422 BLUESKY_ACCOUNT_NOT_VERIFIED'),
      unverified: '403 EMAIL_NOT_VERIFIED',
    },
    body: () => ({ handle: 'someone.bsky.social' }),
  },
  'POST /api/v1/me/connected-accounts/{id}/refresh': {
    expect: ownerOnly('404 CONNECTION_NOT_FOUND'),
    fresh: ownersConnection,
    path: (_world, _caller, made) => ({ id: made.id }),
  },
  'DELETE /api/v1/me/connected-accounts/{id}': {
    expect: ownerOnly('404 CONNECTION_NOT_FOUND'),
    fresh: ownersConnection,
    path: (_world, _caller, made) => ({ id: made.id }),
  },
};
