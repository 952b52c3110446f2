import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type HostResolver, SafeFetcher } from '@neuland/safe-fetch';
import { checkBlueskyAccount } from '../libs/profiles/src/verification/bluesky-proof.js';
import { checkFediverseAccount } from '../libs/profiles/src/verification/fediverse-proof.js';
import type { OriginOverrides } from '../libs/profiles/src/verification/remote-origins.js';
import { checkWebsite } from '../libs/profiles/src/verification/website-proof.js';
import { type FakeRemote, serveFediverseAccount, startFakeRemote } from './support/fake-remote.js';

const PROFILE = 'https://neuland.test/@silke';

describe('proofs of social accounts against fake remote servers', () => {
  let mastodon: FakeRemote;
  let website: FakeRemote;
  let blueskyHandleHost: FakeRemote;
  let appView: FakeRemote;
  let origins: OriginOverrides;
  const fetcher = new SafeFetcher({ allowedAddresses: ['127.0.0.1'], timeoutMs: 2000, maxBytes: 100_000 });

  beforeAll(async () => {
    [mastodon, website, blueskyHandleHost, appView] = await Promise.all([
      startFakeRemote(),
      startFakeRemote(),
      startFakeRemote(),
      startFakeRemote(),
    ]);
    origins = {
      'mastodon.example': mastodon.origin,
      'silke.example': website.origin,
      'silke.bsky.example': blueskyHandleHost.origin,
    };
  });
  afterAll(() =>
    Promise.all([mastodon, website, blueskyHandleHost, appView].map((remote) => remote.close())),
  );

  describe('fediverse', () => {
    const check = (handle: string) => checkFediverseAccount(fetcher, origins, handle, [PROFILE]);

    it('verifies an account whose profile field links back with rel="me"', async () => {
      serveFediverseAccount(mastodon, { user: 'silke', host: 'mastodon.example' }, { fieldLinks: [PROFILE] });
      await expect(check('silke@mastodon.example')).resolves.toEqual({ outcome: 'verified' });
    });

    it('verifies through the HTML profile page when the fields do not carry the link', async () => {
      serveFediverseAccount(
        mastodon,
        { user: 'paula', host: 'mastodon.example' },
        { pageLinks: [`${PROFILE}/`] },
      );
      await expect(check('paula@mastodon.example')).resolves.toEqual({ outcome: 'verified' });
    });

    it('does not verify without a back-link, or with a link lacking rel="me", or to another profile', async () => {
      serveFediverseAccount(
        mastodon,
        { user: 'mallory', host: 'mastodon.example' },
        { fieldLinks: ['https://neuland.test/@someone-else'] },
      );
      mastodon.serve('/@mallory', `<a href="${PROFILE}">no rel me</a>`);
      await expect(check('mallory@mastodon.example')).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'NO_BACKLINK',
      });
    });

    it('turns back to not verified when the back-link is removed', async () => {
      serveFediverseAccount(mastodon, { user: 'nora', host: 'mastodon.example' }, { fieldLinks: [PROFILE] });
      await expect(check('nora@mastodon.example')).resolves.toEqual({ outcome: 'verified' });
      serveFediverseAccount(mastodon, { user: 'nora', host: 'mastodon.example' }, {});
      await expect(check('nora@mastodon.example')).resolves.toMatchObject({ outcome: 'not-verified' });
    });

    it('reports an unknown account as not found and an instance pointing to a private address as refused', async () => {
      await expect(check('nobody@mastodon.example')).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'ACCOUNT_NOT_FOUND',
      });
      mastodon.serve(
        '/.well-known/webfinger?resource=acct:sneaky@mastodon.example',
        JSON.stringify({
          links: [{ rel: 'self', type: 'application/activity+json', href: 'http://169.254.169.254/' }],
        }),
        'application/jrd+json',
      );
      await expect(check('sneaky@mastodon.example')).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'FORBIDDEN_ADDRESS',
      });
    });

    it('reports an instance that is down as unreachable, which is never held against the account', async () => {
      mastodon.serve(
        '/.well-known/webfinger?resource=acct:busy@mastodon.example',
        'overloaded',
        'text/plain',
        503,
      );
      await expect(check('busy@mastodon.example')).resolves.toMatchObject({ outcome: 'unreachable' });
    });
  });

  describe('websites', () => {
    it('verifies a page with a rel="me" link back and refuses one without', async () => {
      website.serve('/about', `<html><body><a rel="me" href="${PROFILE}">me on Neuland</a></body></html>`);
      website.serve('/', '<html><body>Hello</body></html>');
      await expect(checkWebsite(fetcher, origins, 'silke.example/about', [PROFILE])).resolves.toEqual({
        outcome: 'verified',
      });
      await expect(checkWebsite(fetcher, origins, 'silke.example', [PROFILE])).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'NO_BACKLINK',
      });
    });

    it('refuses a website whose name resolves to a private address', async () => {
      const privateDns: HostResolver = async () => [{ address: '192.168.0.10', family: 4 }];
      const strict = new SafeFetcher({
        allowedAddresses: [],
        timeoutMs: 2000,
        maxBytes: 100_000,
        resolve: privateDns,
      });
      await expect(checkWebsite(strict, {}, 'router.example', [PROFILE])).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'FORBIDDEN_ADDRESS',
      });
    });
  });

  describe('Bluesky', () => {
    const did = 'did:plc:silke4neuland';
    const setup = () => ({ fetcher, origins, appViewUrl: appView.origin, resolveTxt: async () => [] });
    const profileAt = (description: string, profileDid = did) =>
      appView.serve(
        `/xrpc/app.bsky.actor.getProfile?actor=${did}`,
        JSON.stringify({ did: profileDid, handle: 'silke.bsky.example', description }),
        'application/json',
      );

    it('verifies a handle whose profile description carries the code', async () => {
      blueskyHandleHost.serve('/.well-known/atproto-did', `${did}\n`, 'text/plain');
      profileAt('Meetups in Leipzig. neuland-7f3k2q');
      await expect(checkBlueskyAccount(setup(), 'silke.bsky.example', 'neuland-7f3k2q')).resolves.toEqual({
        outcome: 'verified',
      });
    });

    it('does not verify when the code is missing, or when the AppView answers for another DID', async () => {
      blueskyHandleHost.serve('/.well-known/atproto-did', did, 'text/plain');
      profileAt('Meetups in Leipzig.');
      await expect(checkBlueskyAccount(setup(), 'silke.bsky.example', 'neuland-7f3k2q')).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'CODE_MISSING',
      });
      profileAt('neuland-7f3k2q', 'did:plc:someoneelse');
      await expect(
        checkBlueskyAccount(setup(), 'silke.bsky.example', 'neuland-7f3k2q'),
      ).resolves.toMatchObject({
        outcome: 'not-verified',
      });
    });

    it('falls back to the _atproto DNS TXT record when the handle host serves no DID', async () => {
      blueskyHandleHost.remove('/.well-known/atproto-did');
      profileAt('neuland-7f3k2q');
      const withTxt = {
        ...setup(),
        resolveTxt: async (name: string) => (name === '_atproto.silke.bsky.example' ? [[`did=${did}`]] : []),
      };
      await expect(checkBlueskyAccount(withTxt, 'silke.bsky.example', 'neuland-7f3k2q')).resolves.toEqual({
        outcome: 'verified',
      });
      await expect(checkBlueskyAccount(setup(), 'silke.bsky.example', 'neuland-7f3k2q')).resolves.toEqual({
        outcome: 'not-verified',
        reason: 'ACCOUNT_NOT_FOUND',
      });
    });
  });
});
