// Members hear of a circle's new meetups: one mail each through the ledger, exactly once, in each member's
// language, at most one a day per circle, as each member chose (every meetup, a weekly digest, none), with a
// one-click way out of that circle alone; banned, blocked and departed members hear nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import type { ApiHarness } from './support/api-harness.js';
import { joinCircle, makeCircle, makeCircleMeetup } from './support/circles.js';
import { waitForLedger } from './support/ledger.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { block } from './support/social.js';

const DAY = 24 * 3_600_000;

describe('circle announcements', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ api } = pipeline);
  });
  afterAll(() => pipeline.close());

  const announcementsTo = (member: TestMember) =>
    pipeline.smtp
      .acceptedTo(member.email)
      .filter((mail) =>
        /^(New meetup in|Neues Treffen in)|new meetups? this week|neues? Treffen diese Woche/.test(
          mail.subject ?? '',
        ),
      );
  const setAnnouncements = (member: TestMember, slug: string, announcements: string) =>
    api
      .http()
      .put(`/api/v1/circles/${slug}/announcements`)
      .set('Authorization', member.bearer)
      .send({ announcements });
  const oneClickPathOf = (mail: ParsedMail) => {
    const line = mail.headerLines.find((header) => header.key === 'list-unsubscribe')?.line ?? '';
    return new URL(/<([^>]+)>/.exec(line)![1]).pathname;
  };
  /** A week after the pipeline's now (which earlier tests moved on), so the meetup is still to come when mailed. */
  const nextWeek = (extraDays = 0) => {
    const startsAt = pipeline.clock.now().getTime() + (7 + extraDays) * DAY;
    return {
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 7_200_000).toISOString(),
    };
  };
  /** Marks every outbox row unrelayed again, as a relay that crashed before recording its work would leave it. */
  const relayAgain = async () => {
    await pipeline.pool.query(`UPDATE outbox_event SET relayed_at = NULL`);
    await pipeline.catchUp();
  };

  async function circleWith(count: number, languages: Array<'de' | 'en'> = ['de']) {
    const owner = await makeMember(api, { role: 'organiser', displayName: 'Olga Owner' });
    const circle = await makeCircle(api, owner, { name: 'Karriereexperten Hamburg' });
    const members: TestMember[] = [];
    for (let index = 0; index < count; index += 1) {
      const language = languages[index % languages.length];
      const member = await makeMember(api, { displayName: `Member ${index}`, profile: { language } });
      await joinCircle(api, member, circle.slug).expect(200);
      members.push(member);
    }
    return { owner, circle, members };
  }

  it('mails each member once, in their language; banned, blocked and departed members and the owner get nothing', async () => {
    const { owner, circle, members } = await circleWith(6, ['de', 'en']);
    const [ada, ben, gone, banned, blocker, blocked] = members;
    await api
      .http()
      .delete(`/api/v1/circles/${circle.slug}/membership`)
      .set('Authorization', gone.bearer)
      .expect(204);
    await api
      .http()
      .put(`/api/v1/circles/${circle.slug}/bans/${banned.id}`)
      .set('Authorization', owner.bearer)
      .expect(204);
    await block(api, blocker, owner);
    await block(api, owner, blocked);

    const meetup = await makeCircleMeetup(api, owner, circle.slug, {
      title: 'Winter-Treffen',
      ...nextWeek(),
    });
    await pipeline.catchUp();

    const [german] = announcementsTo(ada);
    expect(german.subject).toBe('Neues Treffen in Karriereexperten Hamburg: Winter-Treffen');
    expect(german.html).toContain(`/meetups/${meetup.id}`);
    expect(german.text).toContain('Mitglied von „Karriereexperten Hamburg“');
    const [english] = announcementsTo(ben);
    expect(english.subject).toBe('New meetup in Karriereexperten Hamburg: Winter-Treffen');
    for (const person of [gone, banned, blocker, blocked, owner])
      expect(announcementsTo(person)).toHaveLength(0);

    // The outbox relayed a second time and the sweeper run again: nothing new.
    await relayAgain();
    await pipeline.sweep();
    await pipeline.catchUp();
    expect(announcementsTo(ada)).toHaveLength(1);
    expect(announcementsTo(ben)).toHaveLength(1);
  }, 120_000);

  it('sends at most one mail per member and circle a day, whatever the organisers publish', async () => {
    const { owner, circle, members } = await circleWith(2);
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Erstes Treffen', ...nextWeek() });
    await pipeline.catchUp();
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Zweites Treffen', ...nextWeek() });
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Drittes Treffen', ...nextWeek() });
    await pipeline.catchUp();
    for (const member of members)
      expect(announcementsTo(member).map((mail) => mail.subject)).toEqual([
        'Neues Treffen in Karriereexperten Hamburg: Erstes Treffen',
      ]);
    const days: Array<{ occurrence: string }> = (
      await pipeline.pool.query(
        `SELECT DISTINCT occurrence FROM notification WHERE kind = 'circle-new-meetup' AND subject_id = $1`,
        [circle.id],
      )
    ).rows;
    expect(days).toHaveLength(1);

    // The next day a new meetup is news again.
    pipeline.clock.advance(DAY);
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Viertes Treffen', ...nextWeek() });
    await pipeline.catchUp();
    for (const member of members) expect(announcementsTo(member)).toHaveLength(2);
  }, 120_000);

  it("folds a second meetup of the day into the day's mail while that mail has not gone out yet", async () => {
    const { owner, circle, members } = await circleWith(1);
    const [ada] = members;
    pipeline.smtp.setMode('refuse-transient');
    try {
      await makeCircleMeetup(api, owner, circle.slug, { title: 'Vormittag', ...nextWeek() });
      await waitForLedger(
        pipeline.pool,
        { recipientId: ada.id, kind: 'circle-new-meetup' },
        { holds: ([row]) => row.attempts >= 1 },
      );
      await makeCircleMeetup(api, owner, circle.slug, { title: 'Nachmittag', ...nextWeek(1) });
      await pipeline.settle();
    } finally {
      pipeline.smtp.setMode('accept');
    }
    await pipeline.smtp.waitForMailTo([ada.email], 30_000);
    await pipeline.catchUp();
    const mails = announcementsTo(ada);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Neues Treffen in Karriereexperten Hamburg: Vormittag',
    ]);
    expect(mails[0].text).toContain('2 neue Treffen');
    expect(mails[0].text).toContain('Nachmittag');
  }, 120_000);

  it('respects the setting: none hears nothing, the weekly digest gathers the week into one mail', async () => {
    const { owner, circle, members } = await circleWith(2);
    const [quiet, digest] = members;
    await setAnnouncements(quiet, circle.slug, 'none').expect(200, { announcements: 'none' });
    await setAnnouncements(digest, circle.slug, 'weekly_digest').expect(200, {
      announcements: 'weekly_digest',
    });
    await setAnnouncements(digest, circle.slug, 'daily').expect(400);
    const outsider = await makeMember(api);
    await setAnnouncements(outsider, circle.slug, 'none').expect(403);

    const later = nextWeek(14);
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Montagsrunde', ...later });
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Dienstagsrunde', ...later });
    await pipeline.catchUp();
    expect(announcementsTo(quiet)).toHaveLength(0);
    expect(announcementsTo(digest)).toHaveLength(0);

    pipeline.clock.advance(8 * DAY);
    await pipeline.catchUp();
    const mails = announcementsTo(digest);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Karriereexperten Hamburg: 2 neue Treffen diese Woche',
    ]);
    expect(mails[0].text).toContain('Montagsrunde');
    expect(mails[0].text).toContain('Dienstagsrunde');
    expect(announcementsTo(quiet)).toHaveLength(0);
    await relayAgain();
    expect(announcementsTo(digest)).toHaveLength(1);
  }, 120_000);

  it("unsubscribes from that circle alone with the mail's one-click link", async () => {
    const { owner, circle, members } = await circleWith(1);
    const [ada] = members;
    await makeCircleMeetup(api, owner, circle.slug, nextWeek());
    await pipeline.catchUp();
    const [mail] = announcementsTo(ada);
    const oneClick = oneClickPathOf(mail);
    expect(oneClick).toMatch(/^\/api\/v1\/unsubscribe\/circle\//);

    // Following the link (a mail scanner) changes nothing; the one-click POST does.
    const asked = await api.http().get(oneClick);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('name="List-Unsubscribe" value="One-Click"');
    await api.http().post(oneClick).type('form').send('List-Unsubscribe=Nope').expect(400);
    await api.http().post(`${oneClick}x`).type('form').send('List-Unsubscribe=One-Click').expect(400);
    const done = await api.http().post(oneClick).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.text).toContain('Karriereexperten Hamburg');
    const setting = await api
      .http()
      .get(`/api/v1/circles/${circle.slug}/announcements`)
      .set('Authorization', ada.bearer)
      .expect(200);
    expect(setting.body).toEqual({ announcements: 'none' });

    pipeline.clock.advance(DAY);
    await makeCircleMeetup(api, owner, circle.slug, { title: 'Nach dem Abbestellen', ...nextWeek() });
    await pipeline.catchUp();
    expect(announcementsTo(ada)).toHaveLength(1);
  }, 120_000);
});
