// Accounts, logins, sessions, mail settings, the export and administration.
import { randomBytes } from 'node:crypto';
import type supertest from 'supertest';
import { signCircleUnsubscribeToken } from '@neuland/notifications';
import { makeCircle } from '../support/circles.js';
import { MEMBER_PASSWORD } from '../support/members.js';
import { everyone, ownerOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

const anAddress = () => `someone-${randomBytes(6).toString('hex')}@example.org`;
const aToken = () => randomBytes(32).toString('base64url');
const NEW_PASSWORD = 'a new password nobody guesses';
const circleOfOwner = async (world: World) => ({
  circleId: (await makeCircle(world.api, world.owner)).id,
});
const circleUnsubscribeToken = (world: World, circleId: string) =>
  signCircleUnsubscribeToken(world.api.config.notifications.unsubscribeSecret, {
    userId: world.owner.id,
    circleId,
  });
const oneClick = (request: supertest.Test) => request.type('form').send('List-Unsubscribe=One-Click');

export const accountRows: Table = {
  'GET /health': { expect: everyone('2xx') },
  'GET /api/v1/legal/imprint': { expect: everyone('2xx') },
  'GET /api/v1/legal/privacy': { expect: everyone('2xx') },
  'GET /imprint': { expect: everyone('2xx') },
  'GET /privacy': { expect: everyone('2xx') },

  'POST /api/v1/auth/register': {
    expect: everyone('2xx'),
    body: () => ({ email: anAddress(), password: MEMBER_PASSWORD, displayName: 'Neu Hier' }),
  },
  'POST /api/v1/auth/login': {
    expect: everyone('2xx'),
    body: (world) => ({ email: world.bystander.email, password: MEMBER_PASSWORD }),
  },
  'POST /api/v1/auth/session': {
    expect: everyone('2xx'),
    body: (world) => ({ email: world.bystander.email, password: MEMBER_PASSWORD }),
  },
  // Logging out ends the session the bearer token belongs to.
  'DELETE /api/v1/auth/session': { expect: everyone('2xx'), freshCaller: true },
  'POST /api/v1/auth/verify-email': {
    expect: everyone('400 TOKEN_INVALID'),
    body: () => ({ token: aToken() }),
  },
  'POST /api/v1/auth/verify-email/request': { expect: everyone('2xx'), body: () => ({ email: anAddress() }) },
  'POST /api/v1/auth/verify-email/resend': {
    expect: { ...signedIn('409 EMAIL_ALREADY_VERIFIED', '409 EMAIL_ALREADY_VERIFIED'), unverified: 'own' },
  },
  'POST /api/v1/auth/password-reset': { expect: everyone('2xx'), body: () => ({ email: anAddress() }) },
  'POST /api/v1/auth/password-reset/confirm': {
    expect: everyone('400 TOKEN_INVALID'),
    body: () => ({ token: aToken(), newPassword: NEW_PASSWORD }),
  },

  'GET /api/v1/me': { expect: signedIn() },
  'DELETE /api/v1/me': {
    expect: signedIn(),
    freshCaller: true,
    body: () => ({ password: MEMBER_PASSWORD }),
  },
  'POST /api/v1/me/email': {
    expect: signedIn(),
    body: () => ({ email: anAddress(), currentPassword: MEMBER_PASSWORD }),
  },
  'POST /api/v1/me/password': {
    expect: signedIn(),
    freshCaller: true,
    body: () => ({ currentPassword: MEMBER_PASSWORD, newPassword: NEW_PASSWORD }),
  },
  'GET /api/v1/me/sessions': { expect: signedIn() },
  'DELETE /api/v1/me/sessions/{id}': {
    expect: ownerOnly('404 SESSION_NOT_FOUND'),
    path: (world) => ({ id: world.otherSessionId }),
  },
  'POST /api/v1/me/sessions/logout-everywhere': { expect: signedIn(), freshCaller: true },

  'POST /api/v1/me/export': { expect: signedIn() },
  // The mailed link is the key: whoever holds it downloads, signed in or not.
  'GET /api/v1/exports/{id}/data.json': {
    expect: everyone('2xx'),
    path: (world) => ({ id: world.export.id }),
    query: (world) => ({ token: world.export.token }),
  },
  'GET /api/v1/exports/{id}/meetups.ics': {
    expect: everyone('2xx'),
    path: (world) => ({ id: world.export.id }),
    query: (world) => ({ token: world.export.token }),
  },

  'GET /api/v1/me/notifications': { expect: signedIn() },
  'PATCH /api/v1/me/notifications': { expect: signedIn(), body: () => ({ reminders: true }) },
  // Signed links from a mail: the token names the member and the category, no login needed.
  'GET /api/v1/unsubscribe/{token}': {
    expect: everyone('2xx'),
    path: (world) => ({ token: world.unsubscribeToken }),
  },
  'POST /api/v1/unsubscribe/{token}': {
    expect: everyone('2xx'),
    path: (world) => ({ token: world.unsubscribeToken }),
    send: oneClick,
  },
  'GET /api/v1/unsubscribe/{token}/subscription': {
    expect: everyone('2xx'),
    path: (world) => ({ token: world.unsubscribeToken }),
  },
  // A circle's one-click link: the token names the member and the circle, no login needed.
  'GET /api/v1/unsubscribe/circle/{token}': {
    expect: everyone('2xx'),
    fresh: circleOfOwner,
    path: (world, _caller, made) => ({ token: circleUnsubscribeToken(world, made.circleId) }),
  },
  'POST /api/v1/unsubscribe/circle/{token}': {
    expect: everyone('2xx'),
    fresh: circleOfOwner,
    path: (world, _caller, made) => ({ token: circleUnsubscribeToken(world, made.circleId) }),
    send: oneClick,
  },
  'PUT /api/v1/unsubscribe/{token}/subscription': {
    expect: everyone('2xx'),
    path: (world) => ({ token: world.unsubscribeToken }),
    body: () => ({ subscribed: true }),
  },

  'GET /api/v1/admin/users': {
    expect: { ...ownerOnly('403 FORBIDDEN', '403 FORBIDDEN'), admin: '2xx' },
  },
  'GET /api/v1/admin/overview': {
    expect: { ...ownerOnly('403 FORBIDDEN', '403 FORBIDDEN'), admin: '2xx' },
  },
  'PATCH /api/v1/admin/users/{id}/role': {
    expect: { ...ownerOnly('403 FORBIDDEN', '403 FORBIDDEN'), admin: '2xx' },
    path: (world) => ({ id: world.bystander.id }),
    body: () => ({ role: 'member' }),
    ownFields: ['role'],
  },
};
