// Members invited to a meetup who have not answered yet hear when it moves or is cancelled, in their language;
// those who declined do not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { declineInvitation, inviteByHandle } from './support/invitations.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';

const DAY = 24 * 3_600_000;

describe('mails to invitees', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(() => pipeline?.close());

  const mailsTo = (member: TestMember, subjectStart: string) =>
    pipeline.smtp.acceptedTo(member.email, subjectStart);
  const waitForMail = (member: TestMember, subjectStart: string): Promise<ParsedMail[]> =>
    until(() => mailsTo(member, subjectStart).length > 0 && mailsTo(member, subjectStart), {
      what: `"${subjectStart}" to ${member.email}`,
    });

  async function invitedMeetup() {
    const { api } = pipeline;
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const ines = await makeMember(api, { displayName: 'Ines', profile: { language: 'en' } });
    const dora = await makeMember(api, { displayName: 'Dora' });
    await inviteByHandle(api, host, meetup.id, ines.handle);
    const toDora = await inviteByHandle(api, host, meetup.id, dora.handle);
    await declineInvitation(api, dora, toDora.token).expect(200);
    return { host, meetup, ines, dora };
  }

  it('tells an invitee who has not answered that the meetup moved, and not one who declined', async () => {
    const { api } = pipeline;
    const { host, meetup, ines, dora } = await invitedMeetup();
    const startsAt = new Date(new Date(meetup.startsAt as string).getTime() + DAY);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', host.bearer)
      .send({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      })
      .expect(200);
    const [mail] = await waitForMail(ines, 'Changed:');
    expect(mail.subject).toBe(`Changed: ${meetup.title as string}`);
    await pipeline.catchUp();
    expect(mailsTo(ines, 'Changed:')).toHaveLength(1);
    expect(mailsTo(dora, 'Geändert')).toHaveLength(0);
    expect(mailsTo(dora, 'Changed:')).toHaveLength(0);
  }, 60_000);

  it("tells an invitee who has not answered that the meetup is cancelled, with the hosts' message", async () => {
    const { api } = pipeline;
    const { host, meetup, ines, dora } = await invitedMeetup();
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', host.bearer)
      .send({ message: 'The speaker is ill; we will find a new date.' })
      .expect(200);
    const [mail] = await waitForMail(ines, 'Cancelled:');
    expect(mail.text).toContain('The speaker is ill; we will find a new date.');
    await pipeline.catchUp();
    expect(mailsTo(dora, 'Abgesagt')).toHaveLength(0);
  }, 60_000);
});
