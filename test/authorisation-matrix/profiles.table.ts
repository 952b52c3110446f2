// Profiles, accounts elsewhere, the follow graph and contact imports.
import { randomBytes } from 'node:crypto';
import {
  everyone,
  type Expectations,
  type Expected,
  ownerOnly,
  signedIn,
  type Table,
} from './expectations.js';

const aMastodonHandle = () => `@someone${randomBytes(4).toString('hex')}@example.social`;

/** Acting on someone else's profile: allowed to everyone signed in, the owner included. */
const onAnotherProfile = signedIn('2xx');

const HIDDEN: Expected = '404 PROFILE_NOT_FOUND';

/** The owner's follow lists show to the owner's contacts only (the default); admins are no exception. */
const followList: Expectations = { ...ownerOnly('403 FOLLOW_LIST_HIDDEN'), anonymous: HIDDEN };

export const profileRows: Table = {
  'GET /api/v1/me/profile': { expect: signedIn() },
  'PATCH /api/v1/me/profile': { expect: signedIn(), body: () => ({ headline: 'Gern bei Meetups' }) },
  'POST /api/v1/me/social-accounts': {
    expect: signedIn(),
    body: () => ({ platform: 'mastodon', handle: aMastodonHandle() }),
  },
  'DELETE /api/v1/me/social-accounts/{id}': {
    expect: ownerOnly('404 SOCIAL_ACCOUNT_NOT_FOUND'),
    path: (world) => ({ id: world.socialAccountId }),
  },
  'GET /api/v1/me/social-account-proofs': { expect: signedIn() },
  'POST /api/v1/me/social-account-proofs': {
    expect: signedIn(),
    body: () => ({ platform: 'mastodon', handle: aMastodonHandle() }),
  },

  'GET /api/v1/me/blocks': { expect: signedIn() },
  'GET /api/v1/profiles': { expect: everyone('2xx') },
  // Profiles show to members unless their owner says otherwise (the default).
  'GET /api/v1/profiles/{handle}': {
    expect: { ...everyone('2xx'), anonymous: HIDDEN },
    path: (world) => ({ handle: world.owner.handle }),
  },
  'PUT /api/v1/profiles/{handle}/follow': {
    expect: onAnotherProfile,
    path: (world) => ({ handle: world.bystander.handle }),
  },
  'DELETE /api/v1/profiles/{handle}/follow': {
    expect: onAnotherProfile,
    path: (world) => ({ handle: world.bystander.handle }),
  },
  'PUT /api/v1/profiles/{handle}/block': {
    expect: onAnotherProfile,
    path: (world) => ({ handle: world.blockable.handle }),
  },
  'DELETE /api/v1/profiles/{handle}/block': {
    expect: onAnotherProfile,
    path: (world) => ({ handle: world.blockable.handle }),
  },
  'GET /api/v1/profiles/{handle}/following': {
    expect: followList,
    path: (world) => ({ handle: world.owner.handle }),
  },
  'GET /api/v1/profiles/{handle}/followers': {
    expect: followList,
    path: (world) => ({ handle: world.owner.handle }),
  },
  'GET /api/v1/profiles/{handle}/contacts': {
    expect: followList,
    path: (world) => ({ handle: world.owner.handle }),
  },

  'GET /api/v1/me/imports': { expect: signedIn() },
  'POST /api/v1/me/imports': {
    expect: { ...signedIn(), unverified: '403 EMAIL_NOT_VERIFIED' },
    send: (request) =>
      request.attach('file', Buffer.from(`${randomBytes(6).toString('hex')}@example.org\n`), 'contacts.txt'),
  },
  'GET /api/v1/me/imports/{id}': {
    expect: ownerOnly('404 IMPORT_NOT_FOUND'),
    path: (world) => ({ id: world.importId }),
  },
  'DELETE /api/v1/me/imports/{id}': {
    expect: ownerOnly('404 IMPORT_NOT_FOUND'),
    path: (world) => ({ id: world.importId }),
  },
};
