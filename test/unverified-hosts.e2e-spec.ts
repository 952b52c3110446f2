// Hosting needs a verified e-mail address, as RSVPs do: an organiser or co-host who has not verified theirs may
// do nothing as a host. Walks every route of a meetup in the OpenAPI document, so a new one is covered at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type supertest from 'supertest';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { apiRoutes, type DocumentedRoute } from './support/openapi-routes.js';
import { inviteByHandle } from './support/invitations.js';
import { makeMeetup, type MeetupBody } from './support/meetups.js';
import { makeMember, markEmailUnverified, markEmailVerified, type TestMember } from './support/members.js';

const MEETUP_ROUTE = /^\/api\/v1\/meetups\/\{(id|meetupId)\}(\/|$)/;

/**
 * The routes of a meetup that members use too. There an unverified host is answered like any unverified member;
 * every other route of a meetup is a host route. A new members' route belongs here, or it is taken for a host's.
 */
const MEMBER_ROUTES = [
  'GET /api/v1/meetups/{id}',
  'PUT /api/v1/meetups/{id}/rsvp',
  'DELETE /api/v1/meetups/{id}/rsvp',
  'GET /api/v1/meetups/{id}/attendees',
  'POST /api/v1/meetups/{id}/check-in',
  'GET /api/v1/meetups/{id}/rsvp/check-in-code.svg',
  'GET /api/v1/meetups/{id}/calendar.ics',
  'GET /api/v1/meetups/{id}/people-you-know',
  'GET /api/v1/meetups/{meetupId}/guest-policy',
  // Members withdraw the invitations they sent; somebody else's is "not found" for them.
  'DELETE /api/v1/meetups/{meetupId}/invitations/{invitationId}',
  // Attendees hand their seat to a contact, and the contact takes it or says no.
  'GET /api/v1/meetups/{id}/seat-offers/candidates',
  'GET /api/v1/meetups/{id}/seat-offers',
  'POST /api/v1/meetups/{id}/seat-offers',
  'POST /api/v1/meetups/{id}/seat-offers/{offerId}/take',
  'POST /api/v1/meetups/{id}/seat-offers/{offerId}/decline',
  // Attendees meeting each other: a buddy, wishes to meet, and whom they met.
  'GET /api/v1/meetups/{id}/buddy',
  'PUT /api/v1/meetups/{id}/buddy',
  'GET /api/v1/meetups/{id}/meeting-wishes',
  'PUT /api/v1/meetups/{id}/meeting-wishes/{userId}',
  'DELETE /api/v1/meetups/{id}/meeting-wishes/{userId}',
  'GET /api/v1/meetups/{id}/we-met',
  'PUT /api/v1/meetups/{id}/we-met/{userId}',
  'DELETE /api/v1/meetups/{id}/we-met/{userId}',
  'POST /api/v1/meetups/{id}/we-met/follow-all',
  // Which series a meetup belongs to, shown on its page to whoever may see it.
  'GET /api/v1/meetups/{id}/series',
];

const NO_SUCH_OFFER = '00000000-0000-4000-8000-000000000000';

/** A published meetup with a co-host, someone else to invite or name, and an invitation the organiser sent. */
interface HostedMeetup {
  organiser: TestMember;
  coHost: TestMember;
  guest: TestMember;
  meetup: MeetupBody;
  invitationId: string;
}

const BODIES: Record<string, (hosted: HostedMeetup) => object> = {
  'PATCH /api/v1/meetups/{id}': () => ({ title: 'Renamed by a host' }),
  'POST /api/v1/meetups/{id}/cancel': () => ({ message: 'The venue is closed, sorry.' }),
  'POST /api/v1/meetups/{id}/check-ins': () => ({ code: 'ABCD-2345' }),
  'POST /api/v1/meetups/{id}/check-in': () => ({ venueCode: 'ABCD-2345' }),
  'POST /api/v1/meetups/{id}/co-hosts': ({ guest }) => ({ handle: guest.handle }),
  'PUT /api/v1/meetups/{id}/rsvp': () => ({ status: 'going' }),
  'POST /api/v1/meetups/{meetupId}/invitations': ({ guest }) => ({ handle: guest.handle }),
  'PUT /api/v1/meetups/{meetupId}/guest-policy': () => ({ membersMayInvite: true }),
};

describe('Hosts who have not verified their e-mail address', () => {
  let api: ApiHarness;
  let routes: DocumentedRoute[];

  beforeAll(async () => {
    api = await startApi({
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      INVITATIONS_PER_ORGANISER_PER_DAY: '100000',
    });
    routes = apiRoutes(api, MEETUP_ROUTE);
  });
  afterAll(() => api.close());

  async function hostedMeetup(): Promise<HostedMeetup> {
    const organiser = await makeMember(api, { role: 'organiser' });
    const [coHost, guest, invitee] = await Promise.all([makeMember(api), makeMember(api), makeMember(api)]);
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', organiser.bearer)
      .send({ handle: coHost.handle })
      .expect(204);
    const { id: invitationId } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    return { organiser, coHost, guest, meetup, invitationId };
  }

  function call(route: DocumentedRoute, actor: TestMember, hosted: HostedMeetup): supertest.Test {
    const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'id' || name === 'meetupId') return hosted.meetup.id;
      if (name === 'userId') return hosted.coHost.id;
      if (name === 'invitationId') return hosted.invitationId;
      if (name === 'offerId') return NO_SUCH_OFFER;
      throw new Error(`no sample value for {${name}} in ${route.label}`);
    });
    const request = api.http()[route.method](url).set('Authorization', actor.bearer);
    const body = BODIES[route.label]?.(hosted);
    return body ? request.send(body) : request;
  }

  const answer = (route: DocumentedRoute, response: supertest.Response) => ({
    route: route.label,
    status: response.status,
    error: response.body?.error,
  });

  it('knows every members’ route it exempts', () => {
    expect(routes.map((route) => route.label)).toEqual(expect.arrayContaining(MEMBER_ROUTES));
  });

  it('answers every host route with 403 EMAIL_NOT_VERIFIED until the host verifies, and lets them after', async () => {
    const hostRoutes = routes.filter((route) => !MEMBER_ROUTES.includes(route.label));
    expect(hostRoutes.length).toBeGreaterThanOrEqual(10);
    for (const route of hostRoutes) {
      const hosted = await hostedMeetup();
      await markEmailUnverified(api, hosted.coHost.id);
      let host: TestMember = hosted.coHost;
      let refused = await call(route, host, hosted);
      // Only the organiser names and removes co-hosts: there the organiser's own address counts.
      if (refused.body?.error === 'NOT_MEETUP_ORGANISER') {
        host = hosted.organiser;
        await markEmailUnverified(api, host.id);
        refused = await call(route, host, hosted);
      }
      expect(answer(route, refused)).toEqual({
        route: route.label,
        status: 403,
        error: 'EMAIL_NOT_VERIFIED',
      });

      await markEmailVerified(api, host.id);
      const allowed = await call(route, host, hosted);
      const refusedAfter =
        allowed.status === 401 || allowed.status === 403 ? answer(route, allowed) : undefined;
      expect({ route: route.label, refusedAfter }).toEqual({ route: route.label, refusedAfter: undefined });
    }
  }, 120_000);

  it('answers an unverified co-host on the members’ routes exactly like a member who is not verified', async () => {
    const hosted = await hostedMeetup();
    await markEmailUnverified(api, hosted.coHost.id);
    const member = await makeMember(api, { verified: false });
    for (const route of routes.filter(({ label }) => MEMBER_ROUTES.includes(label))) {
      const asCoHost = await call(route, hosted.coHost, hosted);
      const asMember = await call(route, member, hosted);
      const json = /json/.test(asMember.headers['content-type'] ?? '');
      expect({ route: route.label, status: asCoHost.status, body: json ? asCoHost.body : undefined }).toEqual(
        {
          route: route.label,
          status: asMember.status,
          body: json ? asMember.body : undefined,
        },
      );
    }
  });
});
