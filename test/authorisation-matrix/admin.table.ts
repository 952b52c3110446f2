// Administration and moderation: admins' routes, members asking to organise, members reporting, and readiness.
import { database, makeMeetup } from '../support/meetups.js';
import { everyone, type Expectations, hostsOnly, ownerOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

/** Admins only: every signed-in persona but an admin, the owner included, is refused. */
const adminsOnly: Expectations = { ...ownerOnly('403 FORBIDDEN', '403 FORBIDDEN'), admin: '2xx' };

/** A member of its own, for what an admin's call changes (a suspension, a decided request). */
const aMember = async (world: World) => (await world.fresh.caller('member')).account!;

async function suspendedMember(world: World): Promise<{ id: string }> {
  const member = await aMember(world);
  await database(world.api).query(`UPDATE "user" SET suspended_at = now() WHERE id = $1`, [member.id]);
  return { id: member.id };
}

async function pendingOrganiserRequest(world: World): Promise<{ id: string }> {
  const member = await aMember(world);
  const [request]: { id: string }[] = await database(world.api).query(
    `INSERT INTO organiser_request (user_id, message) VALUES ($1, 'Ich möchte ein Barcamp in Kiel machen.')
     RETURNING id`,
    [member.id],
  );
  return { id: request.id };
}

async function openReport(world: World): Promise<{ id: string }> {
  const reporter = await aMember(world);
  const filed = await world.api
    .http()
    .post('/api/v1/reports')
    .set('Authorization', reporter.bearer)
    .send({ subject: 'profile', subjectId: world.blocker.id, reason: 'Schreibt Werbung in jede Nachricht.' })
    .expect(201);
  return { id: filed.body.id };
}

/** The owner's meetup with the bystander as co-host: handed over, it is no longer the owner's. */
async function meetupWithCoHost(world: World): Promise<{ id: string; userId: string }> {
  const meetup = await makeMeetup(world.api, world.owner);
  await world.api
    .http()
    .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
    .set('Authorization', world.owner.bearer)
    .send({ handle: world.bystander.handle })
    .expect(204);
  return { id: meetup.id, userId: world.bystander.id };
}

export const adminRows: Table = {
  'GET /health/ready': { expect: everyone('2xx') },
  'POST /api/v1/meetups/{id}/co-hosts/{userId}/hand-over': {
    expect: hostsOnly('403 NOT_MEETUP_ORGANISER'),
    fresh: meetupWithCoHost,
  },
  'GET /api/v1/admin/meetups': { expect: adminsOnly },
  'GET /api/v1/admin/organiser-requests': { expect: adminsOnly },
  'POST /api/v1/admin/organiser-requests/{id}/approve': {
    expect: adminsOnly,
    fresh: pendingOrganiserRequest,
  },
  'POST /api/v1/admin/organiser-requests/{id}/decline': {
    expect: adminsOnly,
    fresh: pendingOrganiserRequest,
  },
  'GET /api/v1/admin/settings': { expect: adminsOnly },
  'PATCH /api/v1/admin/settings': { expect: adminsOnly, body: () => ({ organiserPolicy: 'open' }) },
  'GET /api/v1/admin/audit': { expect: adminsOnly },
  'GET /api/v1/admin/reports': { expect: adminsOnly },
  'POST /api/v1/admin/reports/{id}/resolution': {
    expect: adminsOnly,
    fresh: openReport,
    body: () => ({ resolution: 'dismissed' }),
  },
  'PUT /api/v1/admin/users/{id}/suspension': {
    expect: adminsOnly,
    fresh: async (world) => ({ id: (await aMember(world)).id }),
    body: () => ({ reason: 'Wiederholt Werbung verschickt.' }),
  },
  'DELETE /api/v1/admin/users/{id}/suspension': { expect: adminsOnly, fresh: suspendedMember },
  'GET /api/v1/me/organising': { expect: signedIn() },
  // Under the open policy (the default) every verified member may create meetups already.
  'POST /api/v1/me/organiser-request': {
    expect: {
      ...signedIn('409 ALREADY_ORGANISER', '409 ALREADY_ORGANISER'),
      unverified: '403 EMAIL_NOT_VERIFIED',
    },
    body: () => ({ message: 'Ich möchte ein Barcamp in Kiel machen.' }),
  },
  'GET /api/v1/reports': { expect: signedIn() },
  'POST /api/v1/reports': {
    expect: signedIn(),
    body: (world) => ({ subject: 'profile', subjectId: world.bystander.id, reason: 'Schreibt Werbung.' }),
  },
};
