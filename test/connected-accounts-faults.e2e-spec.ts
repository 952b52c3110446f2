// Reading connected accounts from servers that misbehave (slow, 5xx, 429, rate limits, redirects to private
// addresses, malformed pages), and Bluesky follows through the AppView.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConnectionReader } from '@neuland/social-graph';
import { type ConnectedAccount, connectedAccount, connectMastodon } from './support/connected-accounts.js';
import { type FakeBlueskyAppView, startFakeBlueskyAppView } from './support/fake-bluesky.js';
import { type FakeMastodon, type Misbehaviour, startFakeMastodon } from './support/fake-mastodon.js';
import { type FakeRemote, startFakeRemote } from './support/fake-remote.js';
import { database } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';

describe('reading connected accounts', () => {
  let pipeline: Pipeline;
  let mastodon: FakeMastodon;
  let appView: FakeBlueskyAppView;
  let blueskyHandleHost: FakeRemote;

  beforeAll(async () => {
    [mastodon, appView, blueskyHandleHost] = await Promise.all([
      startFakeMastodon('mastodon.example'),
      startFakeBlueskyAppView(),
      startFakeRemote(),
    ]);
    mastodon.pageSize = 40;
    pipeline = await startPipeline({
      env: {
        SAFE_FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
        VERIFICATION_ORIGIN_OVERRIDES: `mastodon.example=${mastodon.origin},lena.bsky.example=${blueskyHandleHost.origin}`,
        BLUESKY_APPVIEW_URL: appView.origin,
        CONNECTIONS_RETRY_BASE_MS: '20',
        SAFE_FETCH_TIMEOUT_MS: '300',
        LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      },
    });
  });
  afterAll(async () => {
    await pipeline.close();
    await Promise.all([mastodon.close(), appView.close(), blueskyHandleHost.close()]);
  });

  const unique = () => randomBytes(4).toString('hex');
  const db = () => database(pipeline.api);
  const follows = (count: number, tag = unique()) =>
    Array.from({ length: count }, (_, index) => `p${index}x${tag}@chaos.social`);
  const contactsOf = async (member: TestMember): Promise<string[]> =>
    (
      await db().query(`SELECT handle FROM imported_contact WHERE owner_id = $1 ORDER BY handle`, [member.id])
    ).map((row: { handle: string }) => row.handle);

  /** A member connected to a fake account following `before`, which then follows `after`, read once more. */
  async function readAfter(
    misbehaviours: Misbehaviour[],
    { before = follows(3), after = follows(100) } = {},
  ): Promise<{ member: TestMember; first: ConnectedAccount; now: ConnectedAccount; before: string[] }> {
    const username = `m${unique()}`;
    mastodon.setFollows(username, before);
    const member = await makeMember(pipeline.api);
    const first = await connectMastodon(pipeline, mastodon, member, username);
    mastodon.setFollows(username, after);
    for (const misbehaviour of misbehaviours) mastodon.misbehave(misbehaviour);
    await pipeline.worker.get(ConnectionReader).read(first.id);
    return { member, first, now: await connectedAccount(pipeline.api, member, first.id), before };
  }

  it('waits as a 429 answer says (Retry-After) and then reads every page', async () => {
    const after = follows(100);
    const { member, now } = await readAfter([{ kind: 'too-many-requests', retryAfterSeconds: 1 }], { after });
    expect(now).toMatchObject({ status: 'connected', accountsFound: 100, reason: null });
    expect(await contactsOf(member)).toEqual([...after].sort());
  });

  it('retries 5xx answers with back-off and reads on', async () => {
    const { now } = await readAfter([{ kind: 'none' }, { kind: 'server-error' }, { kind: 'server-error' }]);
    expect(now).toMatchObject({ status: 'connected', accountsFound: 100 });
  });

  it('waits for the reset when the rate-limit headers say nothing is left', async () => {
    const { now } = await readAfter([{ kind: 'rate-limit-used-up', resetInMs: 300 }]);
    expect(now).toMatchObject({ status: 'connected', accountsFound: 100 });
  });

  it('stops a read the server would make wait long, and schedules it for when the server allows', async () => {
    const { member, first, now, before } = await readAfter([
      { kind: 'rate-limit-used-up', resetInMs: 600_000 },
    ]);
    expect(now).toMatchObject({ status: 'connected', reason: 'WAITING_FOR_SERVER', accountsFound: 3 });
    expect(now.lastReadAt).toBe(first.lastReadAt);
    expect(await contactsOf(member)).toEqual([...before].sort());
    const [{ nextReadAt }] = await db().query(
      `SELECT next_read_at AS "nextReadAt" FROM account_connection WHERE id = $1`,
      [first.id],
    );
    expect(nextReadAt.getTime()).toBeGreaterThan(Date.now() + 500_000);
  });

  it.each<[string, Misbehaviour[], string]>([
    ['5xx on every try', Array(4).fill({ kind: 'server-error' }), 'SERVER_ERROR'],
    ['no answer in time', Array(4).fill({ kind: 'slow' }), 'SERVER_UNREACHABLE'],
    ['a malformed second page', [{ kind: 'none' }, { kind: 'malformed' }], 'MALFORMED_ANSWER'],
    [
      'a redirect to the metadata address',
      [{ kind: 'redirect', to: 'http://169.254.169.254/latest/meta-data/' }],
      'FORBIDDEN_ADDRESS',
    ],
    [
      'a redirect into a private network',
      [{ kind: 'none' }, { kind: 'redirect', to: 'http://10.0.0.1/admin' }],
      'FORBIDDEN_ADDRESS',
    ],
    ['a Link header to another server', [{ kind: 'foreign-link' }], 'MALFORMED_ANSWER'],
  ])(
    'stops with a reason on %s, keeping the contacts of the last complete read',
    async (_, misbehaviours, reason) => {
      const { member, first, now, before } = await readAfter(misbehaviours);
      expect(now).toMatchObject({ status: 'failed', reason, accountsFound: 3, lastReadAt: first.lastReadAt });
      // Nothing half-read: the pages that did arrive are not among the contacts.
      expect(await contactsOf(member)).toEqual([...before].sort());
    },
  );

  it('does not follow a redirect to a private address at all', async () => {
    const requestsBefore = mastodon.pageRequests.length;
    await readAfter([{ kind: 'redirect', to: 'http://127.0.0.2/' }]);
    // The first read's page and the redirecting one: nothing else was asked for.
    expect(mastodon.pageRequests.length - requestsBefore).toBe(2);
  });

  describe('Bluesky', () => {
    const handle = 'lena.bsky.example';
    const did = 'did:plc:lena4neuland';
    let lena: TestMember;

    beforeAll(async () => {
      lena = await makeMember(pipeline.api);
      blueskyHandleHost.serve('/.well-known/atproto-did', did, 'text/plain');
    });

    const connect = () =>
      pipeline.api
        .http()
        .post('/api/v1/me/connected-accounts/bluesky')
        .set('Authorization', lena.bearer)
        .send({ handle });

    it('refuses to connect a handle the member has not verified', async () => {
      const refused = await connect().expect(422);
      expect(refused.body.error).toBe('BLUESKY_ACCOUNT_NOT_VERIFIED');
    });

    it('reads the follows of a verified handle through the AppView, cursor by cursor', async () => {
      const prove = () =>
        pipeline.api
          .http()
          .post('/api/v1/me/social-account-proofs')
          .set('Authorization', lena.bearer)
          .send({ platform: 'bluesky', handle })
          .expect(202);
      const { code } = (await prove()).body;
      appView.addAccount({ handle, did, description: `Meetups in Leipzig. ${code}` });
      await prove();
      await pipeline.settle();
      await until(
        async () =>
          (
            await db().query(
              `SELECT 1 FROM social_account WHERE user_id = $1 AND platform = 'bluesky' AND verified`,
              [lena.id],
            )
          ).length === 1,
        { what: 'the Bluesky proof to pass' },
      );

      const friend = await makeMember(pipeline.api);
      await pipeline.api
        .http()
        .post('/api/v1/me/social-accounts')
        .set('Authorization', friend.bearer)
        .send({ platform: 'bluesky', handle: `friend${unique()}.bsky.social` })
        .expect(201);
      const [{ handle: friendHandle }] = await db().query(
        `SELECT handle FROM social_account WHERE user_id = $1 AND platform = 'bluesky'`,
        [friend.id],
      );
      appView.pageSize = 50;
      const others = Array.from({ length: 120 }, (_, index) => `f${index}.bsky.social`);
      appView.setFollows(handle, [friendHandle, ...others]);

      const connected = await connect().expect(201);
      expect(connected.body).toMatchObject({ network: 'bluesky', handle, status: 'reading' });
      await pipeline.settle();
      expect(await connectedAccount(pipeline.api, lena, connected.body.id)).toMatchObject({
        status: 'connected',
        accountsFound: 121,
        matchedMembers: 1,
      });
      expect(await contactsOf(lena)).toHaveLength(121);
    });
  });
});
