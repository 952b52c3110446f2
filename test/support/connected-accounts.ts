// One-line helpers for connected accounts: `await connectMastodon(pipeline, fake, member, 'ada')` runs the whole OAuth
// round trip as a browser would, and waits for the first read.
import { expect } from '@jest/globals';
import type { ApiHarness } from './api-harness.js';
import type { FakeMastodon } from './fake-mastodon.js';
import type { TestMember } from './members.js';

export interface ConnectedAccount {
  id: string;
  network: string;
  handle: string;
  server: string;
  status: string;
  reason: string | null;
  accountsFound: number | null;
  matchedMembers: number;
  lastReadAt: string | null;
}

/** Starts the connection and goes through the fake's authorisation page: what the server hands back to the web app. */
export async function authoriseAtFake(
  api: ApiHarness,
  fake: FakeMastodon,
  member: TestMember,
  username: string,
): Promise<{ authoriseUrl: URL; code: string; state: string }> {
  fake.signIn(username);
  const started = await api
    .http()
    .post('/api/v1/me/connected-accounts/mastodon')
    .set('Authorization', member.bearer)
    .send({ handle: `@${username}@${fake.host}` })
    .expect(201);
  const authoriseUrl = new URL(started.body.authoriseUrl);
  const answer = await fetch(authoriseUrl, { redirect: 'manual' });
  expect(answer.status).toBe(302);
  const back = new URL(answer.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe(`${api.config.app.url}/settings/connections/callback`);
  return { authoriseUrl, code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
}

export async function connectMastodon(
  pipeline: { api: ApiHarness; settle: () => Promise<void> },
  fake: FakeMastodon,
  member: TestMember,
  username: string,
): Promise<ConnectedAccount> {
  const { code, state } = await authoriseAtFake(pipeline.api, fake, member, username);
  const finished = await pipeline.api
    .http()
    .post('/api/v1/me/connected-accounts/mastodon/callback')
    .set('Authorization', member.bearer)
    .send({ code, state })
    .expect(201);
  await pipeline.settle();
  return connectedAccount(pipeline.api, member, finished.body.id);
}

export async function connectedAccount(
  api: ApiHarness,
  member: TestMember,
  id: string,
): Promise<ConnectedAccount> {
  const list = await api
    .http()
    .get('/api/v1/me/connected-accounts')
    .set('Authorization', member.bearer)
    .expect(200);
  return list.body.items.find((item: ConnectedAccount) => item.id === id);
}

/** "Refresh now", then the read done. */
export async function refreshConnection(
  pipeline: { api: ApiHarness; settle: () => Promise<void> },
  member: TestMember,
  id: string,
): Promise<ConnectedAccount> {
  await pipeline.api
    .http()
    .post(`/api/v1/me/connected-accounts/${id}/refresh`)
    .set('Authorization', member.bearer)
    .expect(202);
  await pipeline.settle();
  return connectedAccount(pipeline.api, member, id);
}
