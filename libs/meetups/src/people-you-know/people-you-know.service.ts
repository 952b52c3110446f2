// "People you know here": the going attendees the caller may be told about, by DESIGN.md's introduction rule.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProfilesService } from '@neuland/profiles';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import type { MeetupViewer } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import type { PeopleYouKnowDto } from './people-you-know.dto.js';

@Injectable()
export class PeopleYouKnowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graph: SocialGraphService,
    private readonly profiles: ProfilesService,
  ) {}

  async at(meetup: Meetup, viewer: MeetupViewer): Promise<PeopleYouKnowDto> {
    const viewerId = viewer.user?.id;
    // Rule 1: only someone going (not waitlisted) is told about the others going.
    if (!viewerId || viewer.rsvp?.status !== 'going') return { viewerIsGoing: false, items: [] };
    const going: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM rsvp WHERE meetup_id = $1 AND status = 'going' AND attends_visibly AND user_id <> $2`,
      [meetup.id, viewerId],
    );
    // Rules 2–5 (knows online, blocks, introductions settings, mutual) in one set-based call.
    const told = await this.graph.toldAbout(
      [viewerId],
      going.map((row) => row.user_id),
    );
    if (told.length === 0) return { viewerIsGoing: true, items: [] };
    const ids = told.map((introduction) => introduction.userId);
    const settings = await this.profiles.settingsOf(ids);
    const visible = ids.filter((id) => settings.get(id)?.attendanceVisibility !== 'private');
    const summaries = await this.profiles.summariesOf(visible);
    const byId = new Map(told.map((introduction) => [introduction.userId, introduction]));
    return {
      viewerIsGoing: true,
      items: summaries
        .map((summary) => ({
          userId: summary.userId,
          handle: summary.handle,
          displayName: summary.displayName,
          headline: summary.headline,
          photo: summary.photo,
          knowEachOther: byId.get(summary.userId)!.mutual,
          claimed: byId.get(summary.userId)!.claimedOnly,
        }))
        .sort(
          (a, b) =>
            Number(b.knowEachOther) - Number(a.knowEachOther) || a.displayName.localeCompare(b.displayName),
        ),
    };
  }
}
