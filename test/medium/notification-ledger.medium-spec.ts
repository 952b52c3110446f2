// The notification ledger's `schedule`: one row per mail key, whatever the spelling of an address, and the
// database itself refuses a row with two addressees or none.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { NotificationLedger } from '@neuland/notifications';
import { makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

@Module({ providers: [NotificationLedger], exports: [NotificationLedger] })
class LedgerOnly {}

describe('the notification ledger', () => {
  let medium: Medium;
  let ledger: NotificationLedger;

  beforeAll(async () => {
    medium = await startMedium({ imports: [LedgerOnly] });
    ledger = medium.app.get(NotificationLedger);
  });
  afterAll(() => medium.close());

  const schedule = (requests: Parameters<NotificationLedger['schedule']>[1]) =>
    medium.dataSource.transaction((manager) => ledger.schedule(manager, requests));
  const newSubject = () => crypto.randomUUID();

  it('keeps one row per mail to an address, however the address is spelled', async () => {
    const subjectId = newSubject();
    const request = (recipientEmail: string) => ({
      kind: 'meetup-invitation' as const,
      recipientEmail,
      subjectId,
      occurrence: 'ledger-key-test',
      dueAt: new Date(Date.now() + 3_600_000),
    });
    const first = await schedule([request('Kim@Example.org')]);
    const again = await schedule([request(' kim@example.org ')]);
    expect(again).toEqual(first);
    const { rows } = await medium.pool.query(
      `SELECT recipient_id, recipient_email FROM notification WHERE subject_id = $1`,
      [subjectId],
    );
    expect(rows).toEqual([{ recipient_id: null, recipient_email: 'kim@example.org' }]);
  });

  it('refuses a row naming both a member and an address, or neither', async () => {
    const subjectId = newSubject();
    const [member] = await makeMembers(medium, 1, { announce: false });
    await expect(
      medium.pool.query(
        `INSERT INTO notification (kind, recipient_id, recipient_email, subject_id, occurrence, due_at)
         VALUES ('meetup-invitation', $1, 'both@example.org', $2, 'both', now())`,
        [member.id, subjectId],
      ),
    ).rejects.toThrow(/ck_notification_one_recipient/);
    await expect(
      medium.pool.query(
        `INSERT INTO notification (kind, subject_id, occurrence, due_at)
         VALUES ('meetup-invitation', $1, 'neither', now())`,
        [subjectId],
      ),
    ).rejects.toThrow(/ck_notification_one_recipient/);
  });

  it('returns the pending rows of keys that exist already, so that a re-plan enqueues them again, and no sent one', async () => {
    const [member] = await makeMembers(medium, 1, { announce: false });
    const dueAt = new Date(Date.now() + 60_000);
    const request = (occurrence: string) => ({
      kind: 'meetup-reminder' as const,
      recipientId: member.id,
      subjectId: member.id,
      occurrence,
      dueAt,
    });
    const [pending] = await schedule([request('pending')]);
    const [sent] = await schedule([request('sent')]);
    await medium.pool.query(`UPDATE notification SET status = 'sent' WHERE id = $1`, [sent.id]);

    const replanned = await schedule([request('pending'), request('sent')]);
    expect(replanned).toEqual([pending]);
    const { rows } = await medium.pool.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`,
      [member.id],
    );
    expect(rows[0].n).toBe(2);
  });
});
