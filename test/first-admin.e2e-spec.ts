// The first admin of a fresh install, without touching the database: `npm run admin -- grant admin <email>` on the
// server, or ADMIN_EMAILS in the configuration (applied at every start of the api, idempotent).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditTrail } from '@neuland/audit';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember } from './support/members.js';

const run = promisify(execFile);

/** The command as an operator types it, against the run's database. */
const adminCommand = (...args: string[]) =>
  run('node', ['--import', '@swc-node/register/esm-register', 'scripts/admin.ts', ...args], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: process.env.NEULAND_TEST_DATABASE_URL },
    timeout: 60_000,
  });

const roleOf = async (api: ApiHarness, bearer: string) =>
  (await api.http().get('/api/v1/me').set('Authorization', bearer).expect(200)).body.role;

describe('the first admin', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  it('makes the account of an e-mail address admin with `npm run admin -- grant admin`, once', async () => {
    const member = await makeMember(api);
    const granted = await adminCommand('grant', 'admin', member.email.toUpperCase());
    expect(granted.stdout).toContain('is admin now');
    // The live session counts the new role at once.
    expect(await roleOf(api, member.bearer)).toBe('admin');
    const again = await adminCommand('grant', 'admin', member.email);
    expect(again.stdout).toContain('is admin already');
    const { items } = await api.app.get(AuditTrail).list({ targetId: member.id, limit: 10 });
    expect(items).toEqual([
      expect.objectContaining({
        actorId: null,
        action: 'user.role_changed',
        changes: { before: { role: 'member' }, after: { role: 'admin' } },
      }),
    ]);
  }, 120_000);

  it('says so, and fails, for an address without an account or a role that does not exist', async () => {
    await expect(adminCommand('grant', 'admin', 'nobody-here@example.org')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no account with the address nobody-here@example.org'),
    });
    await expect(adminCommand('grant', 'wizard', 'nobody-here@example.org')).rejects.toMatchObject({
      code: 2,
    });
  }, 120_000);

  it('makes the verified accounts named in ADMIN_EMAILS admins at start, and only once', async () => {
    const [named, unverified, bystander] = await Promise.all([
      makeMember(api),
      makeMember(api, { verified: false }),
      makeMember(api),
    ]);
    const emails = [` ${named.email}`, unverified.email, 'nobody-yet@example.org'].join(',');
    for (let start = 0; start < 2; start += 1) {
      const restarted = await startApi({ ADMIN_EMAILS: emails });
      await restarted.close();
    }
    expect(await roleOf(api, named.bearer)).toBe('admin');
    expect(await roleOf(api, unverified.bearer)).toBe('member');
    expect(await roleOf(api, bystander.bearer)).toBe('member');
    const { items } = await api.app.get(AuditTrail).list({ targetId: named.id, limit: 10 });
    expect(items).toHaveLength(1);
  });
});
