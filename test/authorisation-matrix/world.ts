// The objects the authorisation matrix acts on: one owner with one of everything a member can own or be sent, and
// one account per persona. Built once per test file; routes that change what they are let through to get objects
// of their own (`fresh`), so that one answer never depends on another.
import { createHash, randomBytes } from 'node:crypto';
import { signInvitationOptOutToken } from '@neuland/invitations';
import { emailKey } from '@neuland/profiles';
import { signUnsubscribeToken } from '@neuland/notifications';
import type { ApiHarness } from '../support/api-harness.js';
import { dayFromToday, inviteByHandle } from '../support/invitations.js';
import { database, makeMeetup, type MeetupBody, rsvp } from '../support/meetups.js';
import {
  makeMember,
  makeMembers,
  markEmailUnverified,
  MEMBER_PASSWORD,
  type TestMember,
} from '../support/members.js';
import { addSocialAccount, block, makeContacts, uploadImport } from '../support/social.js';

/** Who calls. `owner` is the control: the member whose objects they are (or to whom they are addressed). */
export const PERSONAS = [
  'anonymous',
  'member',
  'unverified',
  'suspended',
  'organiser',
  'admin',
  'owner',
] as const;
export type Persona = (typeof PERSONAS)[number];

/**
 * Personas whose accounts cannot be made yet: their column is left out of the table and reported as a pending
 * test, here and nowhere else.
 */
export const PENDING_PERSONAS: readonly Persona[] = [];

export type SignedInPersona = Exclude<Persona, 'anonymous'>;

/** One call's caller: no account for `anonymous`. */
export interface Caller {
  persona: Persona;
  account?: TestMember;
}

export interface World {
  api: ApiHarness;
  callers: Record<Persona, Caller>;
  owner: TestMember;
  /** Invites the owner and travels to the owner's city; the owner's contact. */
  friend: TestMember;
  /** Someone else: followed, named co-host, logs in. */
  bystander: TestMember;
  /** Someone else again: blocked (apart from the bystander, so that a block never hides whom another call follows). */
  blockable: TestMember;
  /** Has blocked the owner. */
  blocker: TestMember;
  /** The owner's published public meetup; every signed-in persona holds a seat. */
  meetup: MeetupBody;
  draft: MeetupBody;
  inviteOnly: MeetupBody;
  /** The organiser persona's own meetup: through it, the organiser names the owner's things. */
  organisersMeetup: MeetupBody;
  /** The going member's personal check-in code at `meetup`. */
  checkInCode: string;
  /** A pending invitation to the owner, from the friend. */
  invitationToOwner: { id: string; token: string };
  socialAccountId: string;
  importId: string;
  export: { id: string; token: string };
  /** A second login of the owner, not the one the owner's calls use. */
  otherSessionId: string;
  tripId: string;
  /** The friend's trip, which offered the owner a coffee. */
  tripOfferingCoffee: string;
  calendarFile: string;
  unsubscribeToken: string;
  optOutToken: string;
  fresh: FreshObjects;
}

/** New objects for one call: what a call that is let through changes or uses up. */
export interface FreshObjects {
  draft: () => Promise<MeetupBody>;
  meetup: () => Promise<MeetupBody>;
  invitationByOwner: () => Promise<{ meetupId: string; id: string }>;
  invitationToOwner: () => Promise<{ id: string; token: string }>;
  /** An account of the persona's kind of its own, for calls that end its sessions or the account itself. */
  caller: (persona: Persona) => Promise<Caller>;
}

const roleOf = (persona: Persona) =>
  persona === 'admin' ? 'admin' : persona === 'organiser' || persona === 'owner' ? 'organiser' : 'member';

/** One account for each signed-in persona, in a few statements; the owner's is made apart (see buildWorld). */
async function accountsFor(
  api: ApiHarness,
  personas: SignedInPersona[],
): Promise<Partial<Record<Persona, TestMember>>> {
  const made = await makeMembers(api, personas.length, { announce: false });
  const accounts: Partial<Record<Persona, TestMember>> = {};
  for (const [index, persona] of personas.entries()) {
    const account = made[index];
    await database(api).query(`UPDATE "user" SET role = $2 WHERE id = $1`, [account.id, roleOf(persona)]);
    accounts[persona] = account;
  }
  return accounts;
}

async function unverify(api: ApiHarness, account: TestMember | undefined): Promise<void> {
  if (account) await markEmailUnverified(api, account.id);
}

/** As an admin's suspension leaves the account; what it does to the member's things is suspension's own test. */
async function suspend(api: ApiHarness, account: TestMember | undefined): Promise<void> {
  if (account)
    await database(api).query(`UPDATE "user" SET suspended_at = now() WHERE id = $1`, [account.id]);
}

async function freshCaller(api: ApiHarness, persona: Persona): Promise<Caller> {
  if (persona === 'anonymous') return { persona };
  const accounts = await accountsFor(api, [persona]);
  if (persona === 'unverified') await unverify(api, accounts.unverified);
  if (persona === 'suspended') await suspend(api, accounts.suspended);
  return { persona, account: accounts[persona] };
}

/** A second login: its session is one the owner may end without ending the one the owner's calls use. */
async function otherSessionOf(api: ApiHarness, account: TestMember): Promise<string> {
  await api
    .http()
    .post('/api/v1/auth/login')
    .send({ email: account.email, password: MEMBER_PASSWORD })
    .expect(200);
  const [session]: { id: string }[] = await database(api).query(
    `SELECT id FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [account.id],
  );
  return session.id;
}

/** A ready export, as the worker leaves it (this file runs no worker): the link's secret is the key. */
async function readyExportOf(api: ApiHarness, account: TestMember): Promise<{ id: string; token: string }> {
  const requested = await api
    .http()
    .post('/api/v1/me/export')
    .set('Authorization', account.bearer)
    .expect(202);
  const token = randomBytes(32).toString('base64url');
  await database(api).query(
    `UPDATE data_export SET ready_at = now(), expires_at = now() + interval '1 day', data = '{}',
            calendar = '', download_token_hash = $2 WHERE id = $1`,
    [requested.body.id, createHash('sha256').update(token).digest('hex')],
  );
  return { id: requested.body.id, token };
}

export async function buildWorld(api: ApiHarness): Promise<World> {
  const city = `Kiel-${randomBytes(4).toString('hex')}`;
  const profile = { homeCity: city, acceptsCoffeeOffers: true };
  const [owner, friend, bystander, blockable, blocker] = await Promise.all([
    makeMember(api, { role: 'organiser', displayName: 'Olga Owner', profile }),
    makeMember(api, { role: 'organiser', displayName: 'Frida Friend' }),
    makeMember(api, { displayName: 'Bruno Bystander' }),
    makeMember(api, { displayName: 'Bea Blockable' }),
    makeMember(api, { displayName: 'Bodo Blocker' }),
  ]);
  await block(api, blocker, owner);
  const accounts = await accountsFor(api, ['member', 'unverified', 'suspended', 'organiser', 'admin']);
  const callers = Object.fromEntries(
    PERSONAS.map((persona) => [
      persona,
      { persona, account: persona === 'owner' ? owner : accounts[persona] },
    ]),
  ) as Record<Persona, Caller>;

  await makeContacts(api, owner, friend);
  const [meetup, draft, inviteOnly, organisersMeetup] = await Promise.all([
    makeMeetup(api, owner),
    makeMeetup(api, owner, { publish: false }),
    makeMeetup(api, owner, { visibility: 'invite_only' }),
    makeMeetup(api, accounts.organiser!),
  ]);
  // Every signed-in persona holds a seat (the unverified one took it before its address stopped counting).
  for (const account of [...Object.values(accounts), owner]) await rsvp(api, account, meetup.id).expect(200);
  await unverify(api, accounts.unverified);
  await suspend(api, accounts.suspended);
  const [{ check_in_code: checkInCode }] = await database(api).query(
    `SELECT check_in_code FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
    [meetup.id, accounts.member!.id],
  );
  await api
    .http()
    .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
    .set('Authorization', owner.bearer)
    .send({ handle: bystander.handle })
    .expect(204);

  const fresh: FreshObjects = {
    draft: () => makeMeetup(api, owner, { publish: false }),
    meetup: () => makeMeetup(api, owner),
    invitationByOwner: async () => {
      const target = await makeMeetup(api, owner);
      const created = await api
        .http()
        .post(`/api/v1/meetups/${target.id}/invitations`)
        .set('Authorization', owner.bearer)
        .send({ email: `guest-${randomBytes(4).toString('hex')}@example.org` })
        .expect(201);
      return { meetupId: target.id, id: created.body.items[0].id };
    },
    invitationToOwner: async () => {
      const target = await makeMeetup(api, friend);
      return inviteByHandle(api, friend, target.id, owner.handle);
    },
    caller: (persona) => freshCaller(api, persona),
  };

  const socialAccount = await addSocialAccount(api, owner, 'mastodon', `@olga@${city.toLowerCase()}.social`);
  const upload = await uploadImport(api, owner, 'anna@example.org\nben@example.org\n').expect(201);
  const trip = await api
    .http()
    .post('/api/v1/me/trips')
    .set('Authorization', owner.bearer)
    .send({ city: 'Lübeck', startsOn: dayFromToday(3), endsOn: dayFromToday(4) })
    .expect(201);
  const tripOfferingCoffee = await api
    .http()
    .post('/api/v1/me/trips')
    .set('Authorization', friend.bearer)
    .send({ city, startsOn: dayFromToday(3), endsOn: dayFromToday(4) })
    .expect(201);
  const feed = await api.http().post('/api/v1/calendar/feed').set('Authorization', owner.bearer).expect(200);
  const secret = api.config.notifications.unsubscribeSecret;

  return {
    api,
    callers,
    owner,
    friend,
    bystander,
    blockable,
    blocker,
    meetup,
    draft,
    inviteOnly,
    organisersMeetup,
    checkInCode,
    invitationToOwner: await fresh.invitationToOwner(),
    socialAccountId: socialAccount.body.id,
    importId: upload.body.id,
    export: await readyExportOf(api, owner),
    otherSessionId: await otherSessionOf(api, owner),
    tripId: trip.body.id,
    tripOfferingCoffee: tripOfferingCoffee.body.id,
    calendarFile: new URL(feed.body.url).pathname.split('/').pop()!,
    unsubscribeToken: signUnsubscribeToken(secret, { userId: owner.id, category: 'updates' }),
    optOutToken: signInvitationOptOutToken(secret, {
      addressKey: emailKey(api.config.socialGraph.contactKeySecret, owner.email),
      language: 'de',
    }),
    fresh,
  };
}
