// One-line helpers for buddies, "I'd like to meet you" and "we met": `await chooseBuddy(api, anna, meetupId, 'welcome')`.
import type { ApiHarness } from './api-harness.js';
import type { TestMember } from './members.js';

export const chooseBuddy = (api: ApiHarness, member: TestMember, meetupId: string, choice: string) =>
  api.http().put(`/api/v1/meetups/${meetupId}/buddy`).set('Authorization', member.bearer).send({ choice });

export const wishToMeet = (api: ApiHarness, wisher: TestMember, meetupId: string, wished: TestMember) =>
  api
    .http()
    .put(`/api/v1/meetups/${meetupId}/meeting-wishes/${wished.id}`)
    .set('Authorization', wisher.bearer);

export const confirmMet = (api: ApiHarness, member: TestMember, meetupId: string, met: TestMember) =>
  api.http().put(`/api/v1/meetups/${meetupId}/we-met/${met.id}`).set('Authorization', member.bearer);

/** Self check-in with the code shown at the venue (the meetup must be within its check-in window). */
export async function checkIn(api: ApiHarness, member: TestMember, meetupId: string, venueCode: string) {
  await api
    .http()
    .post(`/api/v1/meetups/${meetupId}/check-in`)
    .set('Authorization', member.bearer)
    .send({ venueCode })
    .expect(200);
}
