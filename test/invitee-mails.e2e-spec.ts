// Members and addresses invited to a meetup who have not answered yet hear when it moves or is cancelled, in their
// language (an address in its inviter's); those who declined do not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { declineInvitation, invite, inviteByHandle } from './support/invitations.js';
import { makeMeetup, type MeetupBody } from './support/meetups.js';
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

  /** The host moves the meetup a day later, which every invitee who has not answered hears of. */
  async function moveByADay(host: TestMember, meetup: MeetupBody) {
    const startsAt = new Date(new Date(meetup.startsAt as string).getTime() + DAY);
    await pipeline.api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', host.bearer)
      .send({
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      })
      .expect(200);
  }

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
    const { host, meetup, ines, dora } = await invitedMeetup();
    await moveByADay(host, meetup);
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

  const addressMails = (address: string, subjectStart: string) =>
    pipeline.smtp.acceptedTo(address, subjectStart);
  const waitForAddressMail = (address: string, subjectStart: string): Promise<ParsedMail[]> =>
    until(() => addressMails(address, subjectStart).length > 0 && addressMails(address, subjectStart), {
      what: `"${subjectStart}" to ${address}`,
    });

  /** A meetup by an English-speaking host, with an address invited that has not answered. */
  async function meetupWithInvitedAddress() {
    const { api } = pipeline;
    const host = await makeMember(api, { role: 'organiser', profile: { language: 'en' } });
    const meetup = await makeMeetup(api, host);
    const address = `lena-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
    await invite(api, host, meetup.id, { email: address }).expect(201);
    await waitForAddressMail(address, `${host.displayName} invites you:`);
    return { host, meetup, address };
  }

  it('invites an address in the language its inviter uses, and tells it in that language when the meetup moves', async () => {
    const { host, meetup, address } = await meetupWithInvitedAddress();
    const [invitation] = addressMails(address, `${host.displayName} invites you:`);
    expect(invitation.text).toContain('Hi,');
    await moveByADay(host, meetup);
    const [moved] = await waitForAddressMail(address, 'Changed:');
    expect(moved.subject).toBe(`Changed: ${meetup.title as string}`);
    // Its way out is the address's own: never to be invited again.
    expect(JSON.stringify(moved.headers.get('list'))).toMatch(/\/api\/v1\/invitation-opt-outs\//);
    await pipeline.catchUp();
    expect(addressMails(address, 'Changed:')).toHaveLength(1);
    expect(addressMails(address, 'Geändert')).toHaveLength(0);
  }, 60_000);

  it("tells an invited address that the meetup is cancelled, with the hosts' message, in its inviter's language", async () => {
    const { api } = pipeline;
    const { host, meetup, address } = await meetupWithInvitedAddress();
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', host.bearer)
      .send({ message: 'The room flooded.' })
      .expect(200);
    const [mail] = await waitForAddressMail(address, 'Cancelled:');
    expect(mail.text).toContain('The room flooded.');
    await pipeline.catchUp();
    expect(addressMails(address, 'Cancelled:')).toHaveLength(1);
    expect(addressMails(address, 'Abgesagt')).toHaveLength(0);
  }, 60_000);
});
