// Calls a route as a persona the way a table case says, and judges the answer against the case's expectation.
import type { Response } from 'supertest';
import { type DocumentedRoute, pathOf } from '../support/openapi-routes.js';
import { database } from '../support/meetups.js';
import { type Case, type Expected, expectedFor, type Values } from './expectations.js';
import type { Caller, Persona, World } from './world.js';

/** The caller and the objects of one call, made before it is sent. */
export interface Prepared {
  caller: Caller;
  made: Values;
}

/** A refused call changes nothing: the refused callers of a case share one set of its fresh objects. */
const sharedByRefused = new WeakMap<Case, Promise<Values>>();

export async function prepare(world: World, kase: Case, persona: Persona): Promise<Prepared> {
  const caller: Caller = kase.freshCaller ? await world.fresh.caller(persona) : world.callers[persona];
  if (!kase.fresh) return { caller, made: {} };
  if (mayUse(expectedFor(kase.expect, persona))) return { caller, made: await kase.fresh(world) };
  const shared = sharedByRefused.get(kase) ?? kase.fresh(world);
  sharedByRefused.set(kase, shared);
  return { caller, made: await shared };
}

/** Sends the case's request as the prepared caller; `extraBody` joins the case's JSON body. */
export async function send(
  world: World,
  route: DocumentedRoute,
  kase: Case,
  { caller, made }: Prepared,
  extraBody: Record<string, unknown> = {},
): Promise<Response> {
  const path = pathOf(route, { ...(kase.path?.(world, caller, made) ?? {}), ...made });
  let request = world.api.http()[route.method](path);
  if (kase.query) request = request.query(kase.query(world));
  if (caller.account) request = request.set('Authorization', caller.account.bearer);
  if (kase.send) return kase.send(request);
  if (!kase.body) return request;
  const body = kase.body(world, caller, made) as Record<string, unknown>;
  return request.send({ ...body, ...extraBody });
}

const textOf = (response: Response): string =>
  typeof response.text === 'string' ? response.text : JSON.stringify(response.body ?? '');

/** How the answer differs from the expectation, or undefined when it is as expected. */
export function mismatch(world: World, expected: Expected, response: Response): string | undefined {
  const got = `${response.status} ${response.body?.error ?? ''}`.trim();
  const passed = response.status >= 200 && response.status < 300;
  if (expected === '2xx') return passed ? undefined : got;
  if (expected === 'own') {
    if (!passed) return got;
    const text = textOf(response);
    const owners = [world.owner.id, world.owner.email, world.owner.handle].filter((it) => text.includes(it));
    return owners.length === 0 ? undefined : `${got}, naming the owner's ${owners.join(', ')}`;
  }
  return got === expected ? undefined : got;
}

/** Lets a case through for this persona: a caller whose valid body reaches the route's own rules. */
export const mayUse = (expected: Expected | undefined) => expected === '2xx' || expected === 'own';

/**
 * The fields a body must never set, as they stand for the world's people and things: roles and verified
 * addresses of its accounts; organisers and states of their meetups, and states of the seats, invitations
 * and trips around them.
 */
export async function protectedFields(world: World): Promise<unknown[]> {
  const people = [
    world.owner,
    world.friend,
    world.bystander,
    world.blockable,
    world.blocker,
    ...Object.values(world.callers).flatMap((caller) => (caller.account ? [caller.account] : [])),
  ].map((person) => person.id);
  return database(world.api).query(
    `SELECT 'user' AS kind, id, role::text AS state, email_verified_at::text AS detail
       FROM "user" WHERE id = ANY($1)
     UNION ALL
     SELECT 'meetup', id, status::text, organiser_id::text FROM meetup WHERE organiser_id = ANY($1)
     UNION ALL
     SELECT 'rsvp', r.id, r.status::text, r.user_id::text
       FROM rsvp r JOIN meetup m ON m.id = r.meetup_id WHERE m.organiser_id = ANY($1)
     UNION ALL
     SELECT 'invitation', id, status::text, invitee_user_id::text FROM invitation WHERE inviter_id = ANY($1)
     UNION ALL
     SELECT 'trip', id, status::text, traveller_id::text FROM trip WHERE traveller_id = ANY($1)
     ORDER BY 1, 2`,
    [people],
  );
}
