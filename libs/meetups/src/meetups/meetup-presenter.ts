// Turns a meetup into what the caller may see of it.
import { keepsNewcomerSeats } from '../seats/newcomer-seat-statements.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { imageOf } from '@neuland/media';
import { ProfilesService } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { MeetupCoHost } from '../co-hosts/meetup-co-host.entity.js';
import { RsvpService } from '../rsvps/rsvp.service.js';
import type { MeetupDto, MeetupSummaryDto, MyRsvpDto } from './dto/meetup.dto.js';
import type { MeetupViewer } from './meetup-access.js';
import type { MeetupPageFacts } from './meetup-page.js';
import type { Meetup } from './meetup.entity.js';
import { renderDescription } from './render-description.js';
import { toZonedIso } from './time-zone.js';

@Injectable()
export class MeetupPresenter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rsvps: RsvpService,
    private readonly profiles: ProfilesService,
  ) {}

  /** `facts`: what findViewablePage read with the meetup; without them, they are asked here. */
  async present(meetup: Meetup, viewer: MeetupViewer, facts?: MeetupPageFacts): Promise<MeetupDto> {
    return presentMeetup(meetup, viewer, facts ?? (await this.factsOf(meetup, viewer)));
  }

  private async factsOf(meetup: Meetup, viewer: MeetupViewer): Promise<MeetupPageFacts> {
    const [[counts], coHosts, state, organisers] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'going' AND checked_in_at IS NOT NULL)::int AS checked_in
           FROM rsvp WHERE meetup_id = $1`,
        [meetup.id],
      ),
      viewer.isHost ? this.dataSource.manager.findBy(MeetupCoHost, { meetupId: meetup.id }) : [],
      viewer.rsvp ? this.rsvps.stateOf(this.dataSource.manager, viewer.rsvp) : undefined,
      meetup.organiserId ? this.profiles.summariesOf([meetup.organiserId]) : [],
    ]);
    return {
      waitlisted: counts.waitlisted,
      checkedIn: counts.checked_in,
      coHostIds: coHosts.map((coHost) => coHost.userId),
      organiser: organisers[0] ?? null,
      waitlistPosition: state?.waitlistPosition ?? null,
    };
  }
}

function presentMeetup(meetup: Meetup, viewer: MeetupViewer, facts: MeetupPageFacts): MeetupDto {
  const zone = meetup.timeZone;
  const myRsvp = viewer.rsvp ? toMyRsvpDto(viewer.rsvp, facts.waitlistPosition, zone) : null;
  // Not { ...summary, description }: Node 20 builds such a literal the slow way (docs/architecture.md), here 28 µs,
  // a tenth of GET /meetups/:id's CPU.
  const dto = Object.assign(toMeetupSummary(meetup), {
    description: meetup.description,
    descriptionHtml: renderDescription(meetup.description),
    address: meetup.address,
    onlineUrl: meetup.onlineUrl,
    visibility: meetup.visibility,
    status: meetup.status,
    rsvpDeadline: meetup.rsvpDeadline ? toZonedIso(meetup.rsvpDeadline, zone) : null,
    newcomerSeats: meetup.newcomerSeats,
    newcomerSeatsKept: keepsNewcomerSeats(meetup),
    organiserId: meetup.organiserId,
    organiser: facts.organiser,
    spotsLeft: meetup.capacity === null ? null : Math.max(0, meetup.capacity - meetup.goingCount),
    waitlistCount: facts.waitlisted,
    checkedInCount: facts.checkedIn,
    sequence: meetup.sequence,
    cancellationMessage: meetup.cancellationMessage,
    viewerIsHost: viewer.isHost,
    myRsvp,
  }) as MeetupDto;
  if (viewer.isHost)
    Object.assign(dto, { coHostIds: facts.coHostIds, venueCheckInCode: meetup.venueCheckInCode });
  return dto;
}

export function toMyRsvpDto(
  rsvp: {
    status: MyRsvpDto['status'];
    attendsVisibly: boolean;
    checkInCode: string;
    checkedInAt: Date | null;
  },
  waitlistPosition: number | null,
  zone: string,
): MyRsvpDto {
  return {
    status: rsvp.status,
    waitlistPosition,
    attendsVisibly: rsvp.attendsVisibly,
    checkInCode: rsvp.status === 'going' ? rsvp.checkInCode : null,
    checkedInAt: rsvp.checkedInAt ? toZonedIso(rsvp.checkedInAt, zone) : null,
  };
}

export function toMeetupSummary(meetup: Meetup): MeetupSummaryDto {
  return {
    id: meetup.id,
    title: meetup.title,
    topics: meetup.topics,
    city: meetup.city,
    venueName: meetup.venueName,
    startsAt: toZonedIso(meetup.startsAt, meetup.timeZone),
    endsAt: toZonedIso(meetup.endsAt, meetup.timeZone),
    timeZone: meetup.timeZone,
    capacity: meetup.capacity,
    goingCount: meetup.goingCount,
    cover: imageOf(meetup.cover, meetup.coverPlaceholder),
  };
}
