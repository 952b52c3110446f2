// The hosts' view at the door: who just arrived, whom already here they know online, who knows nobody yet.
import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupAccess, MeetupReadModel, toZonedIso } from '@neuland/meetups';
import { ProfilesService, type ProfileSummaryDto } from '@neuland/profiles';
import type { ArrivalsDto, PersonHereDto } from './dto/arrivals.dto.js';
import { IntroducedPairs } from './introduced-pairs.js';

/** The door screen shows who just came in; earlier arrivals are in the room already and fall off the list. */
export const ARRIVALS_SHOWN = 50;

/**
 * The door screen polls: a check-in is a write to PostgreSQL that any api process can read back, so a poll works
 * behind a load balancer without sticky connections or a fan-out through Redis, and a few seconds' delay is
 * nothing at a door. Each poll is two indexed reads and two set-based told_about calls over the latest arrivals.
 */
export const ARRIVALS_REFRESH_SECONDS = 5;

@Injectable()
export class ArrivalsService {
  constructor(
    private readonly access: MeetupAccess,
    private readonly meetups: MeetupReadModel,
    private readonly profiles: ProfilesService,
    private readonly pairs: IntroducedPairs,
  ) {}

  async atDoor(meetupId: string, host: AuthenticatedUser): Promise<ArrivalsDto> {
    const { meetup } = await this.access.findHostable(meetupId, host);
    const here = await this.meetups.arrivalsAt(meetupId);
    const latest = here.slice(0, ARRIVALS_SHOWN);
    const known = await this.pairs.knownHere(latest, here);
    const named = [...new Set([...latest.map((arrival) => arrival.userId), ...[...known.values()].flat()])];
    const faces = new Map((await this.profiles.summariesOf(named)).map((face) => [face.userId, face]));
    const arrivalOrder = new Map(here.map((arrival, index) => [arrival.userId, index]));
    return {
      checkedInCount: here.length,
      refreshSeconds: ARRIVALS_REFRESH_SECONDS,
      items: latest.flatMap((arrival) => {
        const face = faces.get(arrival.userId);
        if (!face) return [];
        // Whom they know, the longest here first: the people most likely to be found in the room.
        const knowsHere = (known.get(arrival.userId) ?? [])
          .sort((a, b) => arrivalOrder.get(b)! - arrivalOrder.get(a)!)
          .flatMap((userId) => (faces.has(userId) ? [personHere(faces.get(userId)!)] : []));
        return [
          // Not { ...person, checkedInAt }: Node 20 builds such a literal the slow way (docs/architecture.md).
          Object.assign(personHere(face), {
            checkedInAt: toZonedIso(arrival.checkedInAt, meetup.timeZone),
            knowsHere,
            knowsNobodyHereYet: knowsHere.length === 0,
          }),
        ];
      }),
    };
  }
}

const personHere = (face: ProfileSummaryDto): PersonHereDto => ({
  userId: face.userId,
  handle: face.handle,
  displayName: face.displayName,
  photo: face.photo,
});
