// What a persona gets from a route, and the shape of the table's rows.
import type supertest from 'supertest';
import type { Caller, Persona, World } from './world.js';

/**
 * What a persona gets:
 * - `2xx`: let through;
 * - `own`: let through to the caller's own things only: the answer names nothing of the owner's;
 * - `<status> <CODE>`: refused with this status and error code.
 */
export type Expected = '2xx' | 'own' | `${400 | 401 | 403 | 404 | 409 | 410 | 422} ${string}`;

/**
 * One expectation per persona. `suspended` may be left out: a suspended member's sessions have ended, so by default
 * they get what an anonymous caller gets, told that their token no longer counts where a login is needed.
 */
export type Expectations = Record<Exclude<Persona, 'suspended'>, Expected> & { suspended?: Expected };

export const expectedFor = (expect: Expectations, persona: Persona): Expected | undefined =>
  persona === 'suspended' ? (expect.suspended ?? endedSession(expect.anonymous)) : expect[persona];

const endedSession = (anonymous: Expected): Expected =>
  anonymous === '401 UNAUTHENTICATED' ? '401 INVALID_TOKEN' : anonymous;

/** Values for a call: path parameters, query string. */
export type Values = Record<string, string>;

export interface Case {
  /** What the case is about, when a route has several (`a draft`). */
  about?: string;
  expect: Expectations;
  path?: (world: World, caller: Caller, made: Values) => Values;
  query?: (world: World) => Values;
  /** A JSON body: a valid one, so that only who asks decides the answer. */
  body?: (world: World, caller: Caller, made: Values) => unknown;
  /** A body that is not JSON (a file, a form). */
  send?: (request: supertest.Test) => supertest.Test | Promise<supertest.Response>;
  /** The route changes what it acts on: new objects for each call let through, merged into the path values. */
  fresh?: (world: World) => Promise<Values>;
  /** The route ends the caller's sessions or account: a new account of the persona's kind for each call. */
  freshCaller?: boolean;
  /** Fields of the forbidden list that are this body's own (`status` of an RSVP): not sent with it. */
  ownFields?: string[];
}

export type Row = Case | Case[];

/** `METHOD /path` as the API document lists it. */
export type Table = Record<string, Row>;

export const UNAUTHENTICATED: Expected = '401 UNAUTHENTICATED';

/** Public: every persona the same. */
export const everyone = (expected: Expected): Expectations => ({
  anonymous: expected,
  member: expected,
  unverified: expected,
  organiser: expected,
  admin: expected,
  owner: expected,
});

/** Signed in, every persona acts on its own account, the anonymous caller gets 401. */
export const signedIn = (expected: Expected = 'own', owner: Expected = '2xx'): Expectations => ({
  ...everyone(expected),
  anonymous: UNAUTHENTICATED,
  owner,
});

/** Another member's object: nobody but its owner learns it exists. */
export const ownerOnly = (refusal: Expected, owner: Expected = '2xx'): Expectations => ({
  ...everyone(refusal),
  anonymous: UNAUTHENTICATED,
  owner,
});

/** The owner's meetup: its hosts (the owner and any admin) act, everyone else is refused. */
export const hostsOnly = (refusal: Expected): Expectations => ({
  ...ownerOnly(refusal),
  admin: '2xx',
});

export const casesOf = (row: Row): Case[] => (Array.isArray(row) ? row : [row]);
