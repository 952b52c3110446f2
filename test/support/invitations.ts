// One-line helpers for invitations and trips: `const token = await invitationToken(api, invitation.id)`.
import type pg from 'pg';
import type { ApiHarness } from './api-harness.js';
import { database } from './meetups.js';
import type { TestMember } from './members.js';
import { waitForLedger } from './ledger.js';

export const invite = (
  api: ApiHarness,
  inviter: TestMember,
  meetupId: string,
  body: Record<string, unknown>,
) =>
  api.http().post(`/api/v1/meetups/${meetupId}/invitations`).set('Authorization', inviter.bearer).send(body);

export const acceptInvitation = (
  api: ApiHarness,
  account: TestMember,
  token: string,
  body: Record<string, unknown> = {},
) => api.http().post(`/api/v1/invitations/${token}/accept`).set('Authorization', account.bearer).send(body);

export const declineInvitation = (api: ApiHarness, account: TestMember, token: string) =>
  api.http().post(`/api/v1/invitations/${token}/decline`).set('Authorization', account.bearer).send({});

/** The link the invitation mail carries, as recorded in the outbox for the notifications worker. */
export async function invitationLink(api: ApiHarness, invitationId: string): Promise<URL> {
  const [row]: { payload: { acceptUrl: string } }[] = await database(api).query(
    `SELECT payload FROM outbox_event WHERE topic = 'invitation.created' AND subject_id = $1`,
    [invitationId],
  );
  if (!row) throw new Error(`invitationLink: no invitation.created row for ${invitationId}`);
  return new URL(row.payload.acceptUrl);
}

export async function invitationToken(api: ApiHarness, invitationId: string): Promise<string> {
  return (await invitationLink(api, invitationId)).searchParams.get('invitation')!;
}

/** Invites by handle and returns the invitation and its token. */
export async function inviteByHandle(
  api: ApiHarness,
  host: TestMember,
  meetupId: string,
  handle: string,
): Promise<{ id: string; token: string }> {
  const response = await invite(api, host, meetupId, { handle }).expect(201);
  const id = response.body.items[0].id as string;
  return { id, token: await invitationToken(api, id) };
}

/** `YYYY-MM-DD`, `days` from today (UTC). */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export interface SettledMail {
  status: string;
  last_error: string | null;
  data: Record<string, unknown>;
}

/** The ledger row of an invitation's mail, once the worker has settled it (sent, skipped or failed). */
export async function settledInvitationMail(pool: pg.Pool, invitationId: string): Promise<SettledMail> {
  const [row] = await waitForLedger(pool, {
    kind: 'meetup-invitation',
    subjectId: invitationId,
    status: ['sent', 'skipped', 'failed'],
  });
  return row;
}
