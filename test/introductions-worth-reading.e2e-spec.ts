// The introductions digest says who each person is: a line of their bio, their accounts as links, the topics both
// share, how the reader knows them in words, and — only where the introduction rule holds both ways — that they
// know the reader is coming too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { mastodonFollowing } from './support/contact-files.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { addSocialAccount, makeContacts, uploadImport } from './support/social.js';
import { until } from './support/until.js';

const DAY = 24 * 3_600_000;

describe('introductions worth reading', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(() => pipeline?.close());

  const digestsTo = (member: TestMember) => pipeline.smtp.acceptedTo(member.email, 'Whom you already know');
  const waitForDigest = (member: TestMember): Promise<ParsedMail[]> =>
    until(() => digestsTo(member).length > 0 && digestsTo(member), { what: `a digest to ${member.email}` });
  const going = (member: TestMember, meetupId: string) =>
    pipeline.api
      .http()
      .put(`/api/v1/meetups/${meetupId}/rsvp`)
      .set('Authorization', member.bearer)
      .send({ status: 'going' })
      .expect(200);

  it('shows bio, accounts, shared topics, and "knows you are coming too" only when it holds both ways', async () => {
    const { api } = pipeline;
    pipeline.clock.advance(Date.now() - pipeline.clock.now().getTime());
    const english = { language: 'en' as const };
    const reader = await makeMember(api, {
      displayName: 'Rita Reader',
      profile: { ...english, topics: ['HR', 'Remote Work'], introductions: 'everyone' },
    });
    const sabine = await makeMember(api, {
      displayName: 'Sabine Mutual',
      profile: {
        ...english,
        topics: ['hr', 'Kubernetes'],
        bio: 'Recruiter in Hamburg.\nSecond line, not shown.',
      },
    });
    await addSocialAccount(api, sabine, 'mastodon', `sabine-${Date.now()}@chaos.social`).expect(201);
    const oneWay = await makeMember(api, {
      displayName: 'Olaf Oneway',
      profile: { ...english, introductions: 'everyone' },
    });
    const olafAddress = `olaf-${Date.now()}@hachyderm.io`;
    await addSocialAccount(api, oneWay, 'mastodon', olafAddress).expect(201);
    await makeContacts(api, reader, sabine);
    await uploadImport(api, reader, mastodonFollowing([olafAddress])).expect(201);
    // Olaf proved the account is his: the digest may name the network Rita follows him on.
    await pipeline.pool.query(`UPDATE social_account SET verified = true WHERE handle = $1`, [olafAddress]);

    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    for (const member of [reader, sabine, oneWay]) await going(member, meetup.id);
    // The RSVPs are handled while the meetup is a week ahead, as they would be: handled after the clock moved, each
    // would count as a late arrival and get a digest of its own beside the sweep's.
    await pipeline.settle();
    pipeline.clock.advance(5.5 * DAY);
    await pipeline.sweep();
    const [digest] = await waitForDigest(reader);
    await pipeline.catchUp();

    const text = digest.text ?? '';
    expect(text).toContain('Recruiter in Hamburg.');
    expect(text).not.toContain('Second line');
    expect(text).toMatch(/https:\/\/chaos\.social\/@sabine-\d+/);
    expect(text).toContain('You both care about hr');
    expect(text).toContain("Sabine Mutual knows you're coming too.");
    expect(digest.html).toMatch(/href="https:\/\/chaos\.social\/@sabine-\d+"/);
    // Olaf does not know Rita: nothing may hint that he is told about her.
    expect(text).toContain('Olaf Oneway');
    expect(text).not.toContain("Olaf Oneway knows you're coming too");
    expect(digestsTo(oneWay)).toHaveLength(0);
    // How Rita knows each, in words: only her own follow of Olaf, since he does not know her.
    expect(text).toMatch(/Sabine Mutual \(@[^)]+\) – You follow each other here/);
    expect(text).toContain('You follow Olaf Oneway on Mastodon');
    expect(text).not.toContain('Olaf Oneway follows you');
    expect(text).not.toContain('You follow each other on Mastodon');
  }, 90_000);
});
