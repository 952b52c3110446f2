// At the door: a seat and its check-in, in one line each (`const code = await seatFor(api, anna, meetup.id)`).
import type { ApiHarness } from './api-harness.js';
import { rsvp } from './meetups.js';
import type { TestMember } from './members.js';

/** Takes a seat for the member and returns their personal check-in code. */
export async function seatFor(
  api: ApiHarness,
  member: TestMember,
  meetupId: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const answer = await rsvp(api, member, meetupId, body).expect(200);
  if (answer.body.status !== 'going')
    throw new Error(`seatFor: ${member.displayName} is ${answer.body.status}`);
  return answer.body.checkInCode as string;
}

/** The host scans the attendee's code at the door. */
export const checkIn = (api: ApiHarness, host: TestMember, meetupId: string, code: string) =>
  api
    .http()
    .post(`/api/v1/meetups/${meetupId}/check-ins`)
    .set('Authorization', host.bearer)
    .send({ code })
    .expect(200);
