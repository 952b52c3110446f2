// How the reader knows someone, in ties (libs/social-graph HowYouKnow), against real PostgreSQL: each wording says
// only what the introduction rule lets the reader learn. The reader's own links are always said; a link back only
// where the two know each other mutually, and only through an account its holder verified; never an e-mail match.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProfilesService } from '@neuland/profiles';
import {
  ContactImportsService,
  HowYouKnow,
  SocialGraphCoreModule,
  SocialGraphService,
} from '@neuland/social-graph';
import { linkedInConnections, mastodonFollowing } from '../support/contact-files.js';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

type Introductions = 'off' | 'mutual' | 'everyone';

describe('how you know each other, in ties', () => {
  let medium: Medium;
  let graph: SocialGraphService;
  let howYouKnow: HowYouKnow;

  beforeAll(async () => {
    medium = await startMedium({ imports: [SocialGraphCoreModule] });
    graph = medium.app.get(SocialGraphService);
    howYouKnow = medium.app.get(HowYouKnow);
  });
  afterAll(() => medium.close());

  async function people(...settings: Introductions[]): Promise<Member[]> {
    const members = await makeMembers(medium, settings.length, { announce: false });
    const profiles = medium.app.get(ProfilesService);
    for (const [index, introductions] of settings.entries())
      if (introductions !== 'mutual') await profiles.updateOwn(members[index].id, { introductions });
    return members;
  }
  /** A Mastodon account of the member's, verified by them or only claimed. */
  async function mastodonOf(member: Member, { verified }: { verified: boolean }): Promise<string> {
    const address = `m${randomBytes(5).toString('hex')}@chaos.social`;
    await medium.pool.query(
      `INSERT INTO social_account (user_id, platform, handle, verified) VALUES ($1, 'mastodon', $2, $3)`,
      [member.id, address, verified],
    );
    return address;
  }
  const importsMastodon = (owner: Member, addresses: string[]) =>
    medium.app.get(ContactImportsService).import(owner.id, Buffer.from(mastodonFollowing(addresses)));
  const importsEmailOf = (owner: Member, known: Member) =>
    medium.app
      .get(ContactImportsService)
      .import(
        owner.id,
        Buffer.from(linkedInConnections([{ firstName: 'A', lastName: 'B', url: '', email: known.email }])),
      );
  const tiesOf = async (reader: Member, other: Member) =>
    (await howYouKnow.between(reader.id, [other.id])).get(other.id) ?? [];

  it('says two contacts here follow each other here, both ways', async () => {
    const [rita, sabine] = await people('mutual', 'mutual');
    await graph.follow(rita.id, sabine.id);
    await graph.follow(sabine.id, rita.id);
    expect(await tiesOf(rita, sabine)).toEqual([{ way: 'eachOther', network: 'here' }]);
    expect(await tiesOf(sabine, rita)).toEqual([{ way: 'eachOther', network: 'here' }]);
  });

  it('names each side by its network when they know each other mutually: you follow her here, she follows you on Mastodon', async () => {
    const [rita, sabine] = await people('mutual', 'mutual');
    const ritas = await mastodonOf(rita, { verified: true });
    const sabines = await mastodonOf(sabine, { verified: true });
    await graph.follow(rita.id, sabine.id);
    await importsMastodon(sabine, [ritas]);
    expect(await tiesOf(rita, sabine)).toEqual([
      { way: 'youFollow', network: 'here' },
      { way: 'followsYou', network: 'mastodon' },
    ]);
    expect(await tiesOf(sabine, rita)).toEqual([
      { way: 'youFollow', network: 'mastodon' },
      { way: 'followsYou', network: 'here' },
    ]);
    await importsMastodon(rita, [sabines]);
    expect(await tiesOf(rita, sabine)).toEqual([
      { way: 'eachOther', network: 'mastodon' },
      { way: 'youFollow', network: 'here' },
    ]);
  });

  it('tells a one-way follower of someone on everyone only their own follow, and the followed one nothing', async () => {
    const [fan, speaker] = await people('everyone', 'everyone');
    const speakers = await mastodonOf(speaker, { verified: true });
    await importsMastodon(fan, [speakers]);
    await graph.follow(fan.id, speaker.id);
    expect(await tiesOf(fan, speaker)).toEqual([
      { way: 'youFollow', network: 'here' },
      { way: 'youFollow', network: 'mastodon' },
    ]);
    expect(await tiesOf(speaker, fan)).toEqual([]);
  });

  it('never words a one-sided follow the followed one has not allowed to be shown (introductions on mutual)', async () => {
    const [fan, reserved] = await people('everyone', 'mutual');
    await graph.follow(fan.id, reserved.id);
    expect(await tiesOf(fan, reserved)).toEqual([]);
    expect(await tiesOf(reserved, fan)).toEqual([]);
  });

  it('never turns a claimed account into "follows you": a link back through an unverified account is not named', async () => {
    const [rita, sabine] = await people('mutual', 'mutual');
    // Rita claims an account that may be someone else's; Sabine follows that account on Mastodon.
    const claimed = await mastodonOf(rita, { verified: false });
    await importsMastodon(sabine, [claimed]);
    await graph.follow(rita.id, sabine.id);
    expect(await tiesOf(rita, sabine)).toEqual([{ way: 'youFollow', network: 'here' }]);
  });

  it('names no e-mail match, either way', async () => {
    const [rita, sabine] = await people('mutual', 'mutual');
    await importsEmailOf(rita, sabine);
    await importsEmailOf(sabine, rita);
    expect(await tiesOf(rita, sabine)).toEqual([]);
    await graph.follow(sabine.id, rita.id);
    expect(await tiesOf(rita, sabine)).toEqual([{ way: 'followsYou', network: 'here' }]);
  });

  it("says nothing across a block or to someone with introductions off, even about the reader's own follow", async () => {
    const [rita, sabine, hermit] = await people('mutual', 'mutual', 'off');
    await graph.follow(rita.id, sabine.id);
    await graph.follow(sabine.id, rita.id);
    await graph.follow(rita.id, hermit.id);
    await graph.follow(hermit.id, rita.id);
    await graph.block(sabine.id, rita.id);
    await graph.follow(rita.id, sabine.id).catch(() => undefined);
    expect(await tiesOf(rita, sabine)).toEqual([]);
    expect(await tiesOf(rita, hermit)).toEqual([]);
    expect(await tiesOf(hermit, rita)).toEqual([]);
  });
});
