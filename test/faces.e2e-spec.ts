// Faces wherever people appear: the host line, the attendee list, people you know here, invitations, and profiles.
// Lists read the photo in SQL (imageSql), single profiles in TypeScript (imageOf): both must show the same image.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { photo, uploadPhoto } from './support/images.js';
import { inviteByHandle } from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { makeContacts } from './support/social.js';

describe('faces wherever people appear', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const withPhoto = async (member: TestMember, colour: string) =>
    (await uploadPhoto(api, member, await photo(colour)).expect(200)).body.photo;
  const get = (member: TestMember, path: string) =>
    api.http().get(path).set('Authorization', member.bearer).expect(200);

  it('shows the host, the attendees and the people I know at a meetup with their photos', async () => {
    const host = await makeMember(api, { role: 'organiser', profile: { profileVisibility: 'everyone' } });
    const silke = await makeMember(api);
    const natalie = await makeMember(api);
    const [hostFace, silkeFace, natalieFace] = await Promise.all([
      withPhoto(host, '#264653'),
      withPhoto(silke, '#e76f51'),
      withPhoto(natalie, '#2a9d8f'),
    ]);
    await makeContacts(api, silke, natalie);
    const meetup = await makeMeetup(api, host);
    await rsvp(api, silke, meetup.id).expect(200);
    await rsvp(api, natalie, meetup.id).expect(200);

    const page = await get(silke, `/api/v1/meetups/${meetup.id}`);
    expect(page.body.organiser).toMatchObject({ handle: host.handle, photo: hostFace });

    const attendees = await get(silke, `/api/v1/meetups/${meetup.id}/attendees`);
    const faces = Object.fromEntries(
      attendees.body.items.map((item: { userId: string; photo: unknown }) => [item.userId, item.photo]),
    );
    expect(faces).toEqual({ [silke.id]: silkeFace, [natalie.id]: natalieFace });

    const known = await get(silke, `/api/v1/meetups/${meetup.id}/people-you-know`);
    expect(known.body.items).toEqual([
      expect.objectContaining({ handle: natalie.handle, photo: natalieFace }),
    ]);

    const profile = await get(silke, `/api/v1/profiles/${host.handle}`);
    expect(profile.body.photo).toEqual(hostFace);
  });

  it('shows the inviter on a received invitation, and the invitee to the host, with their photos', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const guest = await makeMember(api);
    const [hostFace, guestFace] = await Promise.all([
      withPhoto(host, '#8338ec'),
      withPhoto(guest, '#ffbe0b'),
    ]);
    const meetup = await makeMeetup(api, host);
    await inviteByHandle(api, host, meetup.id, guest.handle);

    const received = await get(guest, '/api/v1/me/invitations');
    expect(received.body.items[0].inviter).toMatchObject({ handle: host.handle, photo: hostFace });
    const sent = await get(host, `/api/v1/meetups/${meetup.id}/invitations`);
    expect(sent.body.items[0].invitee).toMatchObject({ handle: guest.handle, photo: guestFace });
  });
});
