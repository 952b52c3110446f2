// "People you know here": the going attendees the caller may be told about, by DESIGN.md's introduction rule.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import { bioLineOf, ProfilesService } from '@neuland/profiles';
import {
  HowYouKnow,
  type KnownOnline,
  ProfileDirectory,
  SocialGraphService,
  TOLD_ABOUT_SQL_FUNCTION,
} from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import type { MeetupViewer } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import type { PeopleYouKnowDto } from './people-you-know.dto.js';

const TOLD_ABOUT_GOING: PreparedStatement = {
  name: 'people-you-know-told',
  text: `SELECT t.user_id AS "userId", t.mutual, t.claimed_only AS "claimedOnly"
           FROM ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY[$2::uuid], ARRAY(
             SELECT r.user_id FROM rsvp r LEFT JOIN member_profile p ON p.user_id = r.user_id
              WHERE r.meetup_id = $1 AND r.status = 'going' AND r.attends_visibly AND r.user_id <> $2
                AND p.attendance_visibility IS DISTINCT FROM 'private')) t`,
};

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
    // Rules 2–5 (knows online, blocks, introductions settings, mutual) over everyone else going who attends
    // visibly, in one statement: attendance kept private on the profile hides a member here as everywhere (read
    // through member_profile).
    const told = await runPrepared<KnownOnline>(this.dataSource, TOLD_ABOUT_GOING, [meetup.id, viewerId]);
    if (told.length === 0) return { viewerIsGoing: true, items: [] };
    const visible = told.map((introduction) => introduction.userId);
    const byId = new Map(told.map((introduction) => [introduction.userId, introduction]));
    const [toldBack, byUser, open, ties] = await Promise.all([
      // The other way round: who of them is told about the viewer (rule 1 needs the viewer to attend visibly).
      viewer.rsvp.attendsVisibly ? this.graph.toldAbout(visible, [viewerId]) : [],
      this.profiles.publicProfilesOf([viewerId, ...visible]),
      // Bio, accounts and topics only of profiles the viewer may open anyway.
      this.directory.visibleTo(viewerId, visible),
      this.howYouKnow.between(viewerId, visible),
    ]);
    const knowsYou = new Set(toldBack.map((introduction) => introduction.viewerId));
    const reader = byUser.get(viewerId);
    const readerTopics = new Set(reader?.topics.map((topic) => topic.toLowerCase()));
    const profiles = visible.flatMap((id) => byUser.get(id) ?? []);
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
