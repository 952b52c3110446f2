// Calls any documented route as a member who may use it: an admin with a profile who hosts a meetup, so that
// guards let the request through to the route's own rules.
import { randomBytes } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import type { ApiHarness } from './api-harness.js';
import { makeCircle } from './circles.js';
import { makeMeetup } from './meetups.js';
import { type DocumentedRoute, openApiDocument, pathOf } from './openapi-routes.js';
import { makeMember, type TestMember } from './members.js';

export interface RouteCaller {
  document: OpenAPIObject;
  member: TestMember;
  meetupId: string;
  /** Sends `body` (a string as it is, as JSON) to the route, its path filled in. */
  send: (route: DocumentedRoute, body: unknown) => Promise<Response>;
  /** A GET with the given query string. */
  get: (route: DocumentedRoute, query: Record<string, unknown>) => Promise<Response>;
}

export async function routeCaller(api: ApiHarness): Promise<RouteCaller> {
  const member = await makeMember(api, { role: 'admin', profile: { homeCity: 'Hamburg' } });
  const meetup = await makeMeetup(api, member);
  const circle = await makeCircle(api, member);
  // Ids of things that may not exist: the route's body is judged before anything is looked up.
  const paths = {
    id: meetup.id,
    meetupId: meetup.id,
    userId: member.id,
    invitationId: meetup.id,
    seriesId: meetup.id,
    handle: member.handle,
    slug: circle.slug,
    token: randomBytes(32).toString('base64url'),
    file: `${randomBytes(16).toString('hex')}.ics`,
  };
  return {
    document: openApiDocument(api),
    member,
    meetupId: meetup.id,
    send: async (route, body) => {
      const request = api
        .http()
        [route.method](pathOf(route, paths))
        .set('Authorization', member.bearer)
        .set('Content-Type', 'application/json');
      return request.send(typeof body === 'string' ? body : JSON.stringify(body));
    },
    get: async (route, query) =>
      api.http().get(pathOf(route, paths)).query(query).set('Authorization', member.bearer),
  };
}

/** The fields the details of an error response name. */
export const fieldsNamedIn = (response: Response): string[] =>
  ((response.body.details ?? []) as { field: string }[]).map((detail) => detail.field);

/** A 400 that names `field` among the broken ones. */
export const refusesField = (response: Response, field: string) =>
  response.status === 400 && fieldsNamedIn(response).includes(field);
