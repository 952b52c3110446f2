// "People you know here": the going attendees the caller may be told about, by DESIGN.md's introduction rule.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bioLineOf, ProfilesService } from '@neuland/profiles';
import { HowYouKnow, ProfileDirectory, SocialGraphService } from '@neuland/social-graph';
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
    private readonly directory: ProfileDirectory,
    private readonly howYouKnow: HowYouKnow,
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
    const byId = new Map(told.map((introduction) => [introduction.userId, introduction]));
    // The other way round: who of them is told about the viewer (rule 1 needs the viewer to attend visibly).
    const toldBack = viewer.rsvp.attendsVisibly ? await this.graph.toldAbout(visible, [viewerId]) : [];
    const knowsYou = new Set(toldBack.map((introduction) => introduction.viewerId));
    const reader = await this.profiles.publicProfileOf(viewerId);
    const readerTopics = new Set(reader.topics.map((topic) => topic.toLowerCase()));
    const profiles = await Promise.all(visible.map((id) => this.profiles.publicProfileOf(id)));
    // Bio, accounts and topics only of profiles the viewer may open anyway.
    const open = await this.directory.visibleTo(viewerId, visible);
    const ties = await this.howYouKnow.between(viewerId, visible);
    return {
      viewerIsGoing: true,
      items: profiles
        .map((profile) => ({
          userId: profile.userId,
          handle: profile.handle,
          displayName: profile.displayName,
          headline: profile.headline,
          photo: profile.photo,
          knowEachOther: byId.get(profile.userId)!.mutual,
          claimed: byId.get(profile.userId)!.claimedOnly,
          ...(open.has(profile.userId)
            ? {
                bioLine: bioLineOf(profile.bio),
                accounts: profile.socialAccounts.map(({ platform, handle }) => ({ platform, handle })),
                sharedTopics: profile.topics.filter((topic) => readerTopics.has(topic.toLowerCase())),
              }
            : { bioLine: null, accounts: [], sharedTopics: [] }),
          knowsYouAreComing: knowsYou.has(profile.userId),
          howYouKnow: ties.get(profile.userId) ?? [],
        }))
        .sort(
          (a, b) =>
            Number(b.knowEachOther) - Number(a.knowEachOther) || a.displayName.localeCompare(b.displayName),
        ),
    };
  }
}
