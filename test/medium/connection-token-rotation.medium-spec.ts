// Rotating the key that seals connected accounts' tokens: a token sealed under the old key is still read with, and
// sealed again under the new key at the next read, so the old key can be retired.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConnectionReader, SocialGraphCoreModule } from '@neuland/social-graph';
import { TokenSeal } from '../../libs/social-graph/src/connected-accounts/token-seal.js';
import { type FakeMastodon, startFakeMastodon } from '../support/fake-mastodon.js';
import { makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

describe('rotating the token key', () => {
  let medium: Medium;
  let mastodon: FakeMastodon;
  const oldKey = { id: 'old', key: randomBytes(32) };
  const newKey = { id: 'new', key: randomBytes(32) };

  beforeAll(async () => {
    mastodon = await startFakeMastodon('rotation.example');
    medium = await startMedium({
      imports: [SocialGraphCoreModule],
      env: {
        SAFE_FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
        VERIFICATION_ORIGIN_OVERRIDES: `rotation.example=${mastodon.origin}`,
        // The new key seals, the old one still opens.
        CONNECTION_TOKEN_KEYS: `new:${newKey.key.toString('base64')},old:${oldKey.key.toString('base64')}`,
      },
    });
  });
  afterAll(async () => {
    await medium.close();
    await mastodon.close();
  });

  it('reads with a token sealed under the retiring key and seals it again under the current one', async () => {
    const [member] = await makeMembers(medium, 1, { announce: false });
    mastodon.setFollows('rotating', ['someone@chaos.social']);
    const { token, accountId } = mastodon.issueToken('rotating');
    const sealedBefore = new TokenSeal([oldKey]).seal(token);
    const [contactImport] = await medium.dataSource.query(
      `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
       VALUES ($1, 'mastodon-account', repeat('r', 64), 0, 0, 0, 0) RETURNING id`,
      [member.id],
    );
    const [connection] = await medium.dataSource.query(
      `INSERT INTO account_connection (owner_id, network, handle, server, remote_account_id, import_id, token_sealed)
       VALUES ($1, 'mastodon', 'rotating@rotation.example', 'rotation.example', $2, $3, $4) RETURNING id`,
      [member.id, accountId, contactImport.id, sealedBefore],
    );

    await medium.app.get(ConnectionReader).read(connection.id);

    const [row] = await medium.dataSource.query(
      `SELECT status, token_sealed AS "sealed" FROM account_connection WHERE id = $1`,
      [connection.id],
    );
    expect(row.status).toBe('connected');
    expect(row.sealed.equals(sealedBefore)).toBe(false);
    expect(new TokenSeal([newKey]).open(row.sealed)).toBe(token);
  });
});
