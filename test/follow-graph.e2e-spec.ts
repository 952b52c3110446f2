import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SocialGraphService } from '@neuland/social-graph';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { block, follow, makeContacts } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('follow graph', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const list = (viewer: TestMember | null, owner: TestMember, which: string, query = {}) => {
    const request = api.http().get(`/api/v1/profiles/${owner.handle}/${which}`).query(query);
    return viewer ? request.set('Authorization', viewer.bearer) : request;
  };
  const handles = (body: { items: { handle: string }[] }) => body.items.map((item) => item.handle).sort();

  it('follows and unfollows idempotently', async () => {
    const anna = await makeMember(api);
    const ben = await makeMember(api);
    await follow(api, anna, ben);
    await follow(api, anna, ben);
    const following = await list(anna, anna, 'following').expect(200);
    expect(handles(following.body)).toEqual([ben.handle]);

    for (let i = 0; i < 2; i += 1) {
      await api
        .http()
        .delete(`/api/v1/profiles/${ben.handle}/follow`)
        .set('Authorization', anna.bearer)
        .expect(204);
    }
    const after = await list(anna, anna, 'following').expect(200);
    expect(after.body.items).toEqual([]);
  });

  it('refuses following yourself and an unknown handle', async () => {
    const anna = await makeMember(api);
    const self = await api
      .http()
      .put(`/api/v1/profiles/${anna.handle}/follow`)
      .set('Authorization', anna.bearer)
      .expect(403);
    expect(self.body.error).toBe('CANNOT_FOLLOW_SELF');
    const unknown = await api
      .http()
      .put('/api/v1/profiles/nobody-has-this-handle/follow')
      .set('Authorization', anna.bearer)
      .expect(404);
    expect(unknown.body.error).toBe('PROFILE_NOT_FOUND');
    await api.http().put(`/api/v1/profiles/${anna.handle}/follow`).expect(401);
  });

  it('lists following, followers and contacts (mutual follows), newest first, page by page', async () => {
    const owner = await makeMember(api, {
      profile: { followListVisibility: 'everyone', profileVisibility: 'everyone' },
    });
    const fans = [];
    for (let i = 0; i < 3; i += 1) {
      const fan = await makeMember(api, {
        profile: { profileVisibility: 'everyone', followListVisibility: 'everyone' },
      });
      await follow(api, fan, owner);
      fans.push(fan);
    }
    await follow(api, owner, fans[0]);

    const firstPage = await list(null, owner, 'followers', { limit: 2 }).expect(200);
    expect(firstPage.body.items.map((item: { handle: string }) => item.handle)).toEqual([
      fans[2].handle,
      fans[1].handle,
    ]);
    const secondPage = await list(null, owner, 'followers', {
      limit: 2,
      cursor: firstPage.body.nextCursor,
    }).expect(200);
    expect(secondPage.body).toEqual({
      items: [expect.objectContaining({ handle: fans[0].handle })],
      nextCursor: null,
    });

    expect(handles((await list(null, owner, 'following').expect(200)).body)).toEqual([fans[0].handle]);
    expect(handles((await list(null, owner, 'contacts').expect(200)).body)).toEqual([fans[0].handle]);
    expect(await api.app.get(SocialGraphService).contactsOf(owner.id)).toEqual([fans[0].id]);
  });

  it('refuses a stranger the follow lists of a member who shows them to contacts only, and shows them to contacts', async () => {
    const owner = await makeMember(api, {
      profile: { followListVisibility: 'contacts', profileVisibility: 'everyone' },
    });
    const contact = await makeMember(api);
    const stranger = await makeMember(api);
    await makeContacts(api, owner, contact);
    for (const which of ['following', 'followers', 'contacts']) {
      const hidden = await list(stranger, owner, which).expect(403);
      expect(hidden.body).toMatchObject({ statusCode: 403, error: 'FOLLOW_LIST_HIDDEN' });
      await list(null, owner, which).expect(403);
      await list(contact, owner, which).expect(200);
    }
  });

  it('shows follow lists set to nobody to their owner only', async () => {
    const owner = await makeMember(api, {
      profile: { followListVisibility: 'nobody', profileVisibility: 'everyone' },
    });
    const contact = await makeMember(api);
    await makeContacts(api, owner, contact);
    await list(contact, owner, 'followers').expect(403);
    const own = await list(owner, owner, 'followers').expect(200);
    expect(handles(own.body)).toEqual([contact.handle]);
  });

  it('leaves hidden profiles out of follow lists', async () => {
    const owner = await makeMember(api, {
      profile: { followListVisibility: 'everyone', profileVisibility: 'everyone' },
    });
    const shy = await makeMember(api, {
      profile: { profileVisibility: 'contacts', followListVisibility: 'everyone' },
    });
    const open = await makeMember(api, {
      profile: { profileVisibility: 'everyone', followListVisibility: 'everyone' },
    });
    await follow(api, shy, owner);
    await follow(api, open, owner);
    const viewer = await makeMember(api);
    expect(handles((await list(viewer, owner, 'followers').expect(200)).body)).toEqual([open.handle]);
  });

  it("leaves out of others' lists whom a member's own follow-list setting hides, but shows them to the list's owner", async () => {
    const owner = await makeMember(api, {
      profile: { followListVisibility: 'everyone', profileVisibility: 'everyone' },
    });
    const discreet = await makeMember(api, {
      profile: { followListVisibility: 'nobody', profileVisibility: 'everyone' },
    });
    const open = await makeMember(api, {
      profile: { followListVisibility: 'everyone', profileVisibility: 'everyone' },
    });
    await follow(api, discreet, owner);
    await follow(api, open, owner);
    const viewer = await makeMember(api);
    expect(handles((await list(viewer, owner, 'followers').expect(200)).body)).toEqual([open.handle]);
    expect(handles((await list(owner, owner, 'followers').expect(200)).body)).toEqual(
      [open.handle, discreet.handle].sort(),
    );
  });

  it('blocking ends follows both ways; the blocked member can neither see nor follow the blocker', async () => {
    const blocker = await makeMember(api, {
      profile: {
        profileVisibility: 'everyone',
        followListVisibility: 'everyone',
      },
    });
    const blocked = await makeMember(api, { profile: { profileVisibility: 'everyone' } });
    await makeContacts(api, blocker, blocked);
    await block(api, blocker, blocked);
    await block(api, blocker, blocked);

    expect((await list(blocker, blocker, 'followers').expect(200)).body.items).toEqual([]);
    expect((await list(blocker, blocker, 'following').expect(200)).body.items).toEqual([]);
    await api
      .http()
      .get(`/api/v1/profiles/${blocker.handle}`)
      .set('Authorization', blocked.bearer)
      .expect(404);
    await list(blocked, blocker, 'followers').expect(404);
    const refused = await api
      .http()
      .put(`/api/v1/profiles/${blocker.handle}/follow`)
      .set('Authorization', blocked.bearer)
      .expect(404);
    expect(refused.body.error).toBe('PROFILE_NOT_FOUND');
    // The blocker cannot follow either while their own block stands.
    await api
      .http()
      .put(`/api/v1/profiles/${blocked.handle}/follow`)
      .set('Authorization', blocker.bearer)
      .expect(404);

    const graph = api.app.get(SocialGraphService);
    expect(await graph.isBlockedEitherWay(blocked.id, blocker.id)).toBe(true);
    await expect(graph.follow(blocked.id, blocker.id)).rejects.toMatchObject({
      response: { error: 'BLOCKED' },
    });

    const blocks = await api.http().get('/api/v1/me/blocks').set('Authorization', blocker.bearer).expect(200);
    expect(blocks.body).toEqual([expect.objectContaining({ handle: blocked.handle })]);
    await api
      .http()
      .delete(`/api/v1/profiles/${blocked.handle}/block`)
      .set('Authorization', blocker.bearer)
      .expect(204);
    expect(await graph.isBlockedEitherWay(blocked.id, blocker.id)).toBe(false);
    await follow(api, blocked, blocker);
  });

  it('lets a member follow back someone who follows them even when their profile is for contacts only', async () => {
    const shy = await makeMember(api, { profile: { profileVisibility: 'contacts' } });
    const friend = await makeMember(api);
    await follow(api, shy, friend);
    await follow(api, friend, shy);
    expect(await api.app.get(SocialGraphService).areContacts(shy.id, friend.id)).toBe(true);
  });
});
