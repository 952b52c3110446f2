// A circle's meetups: organisers create them in the circle, and the circle tells meetups (through the hooks of
// MeetupAccess, since meetups sit below circles) who of its members may see a members-only circle's meetups, who
// runs them (its owner and co-organisers) and who is banned from answering "going".
//
// Seam for what comes next (issue 18): recurring series create their occurrences through `create` below, and the
// new-meetup announcements (in libs/notifications, above circles) read `circleOfMeetup` and the members from here.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { Clock } from '@neuland/config';
import {
  type CreateMeetupDto,
  type Meetup,
  MeetupAccess,
  type MeetupDto,
  MeetupPresenter,
  MeetupsService,
  visibilityHeld,
} from '@neuland/meetups';
import type { DataSource } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import { bannedFromCircle } from '../circles/circle-errors.js';
import type { CircleVisibility } from '../circles/circle-states.js';

/** How many of a circle's latest meetups its page looks at. */
const MEETUPS_SHOWN = 50;

@Injectable()
export class CircleMeetupsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly circles: CircleAccess,
    private readonly meetupAccess: MeetupAccess,
    private readonly meetups: MeetupsService,
    private readonly presenter: MeetupPresenter,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // A members-only circle's meetups are invite-only: its members are let in as if invited.
    this.meetupAccess.admitToInviteOnly((meetupId, userId) => this.isMemberOfMeetupsCircle(meetupId, userId));
    // The owner and co-organisers run every meetup of the circle, as its co-hosts do: migration
    // ShareHostingWithCircleOrganisers fills meetups' shares_hosting hook, asked in the statement that reads the caller.
    // A member banned from the meetup's circle: rsvp_going asks circle_ban under the meetup's lock (migration
    // RefuseRsvpsOfCircleBans fills meetups' rsvp_refusal hook), so that the ban costs a "going" no round trip; this
    // names the refusal.
    this.meetupAccess.explainRsvpRefusal('banned_from_circle', bannedFromCircle);
    // A host making such a meetup public would show it to everyone the circle keeps it from.
    this.meetupAccess.holdVisibilityWith(async (meetupId, visibility) => {
      if (visibility !== 'invite_only' && (await this.belongsToMembersOnlyCircle(meetupId))) {
        throw visibilityHeld('This meetup belongs to a members-only circle: it stays invite-only.');
      }
    });
  }

  /**
   * A new draft meetup in the circle, organised by the caller (an owner or co-organiser). A members-only circle's
   * meetups are invite-only, so that they stay out of listings and are 404 to non-members who hold no invitation.
   */
  async create(slug: string, user: AuthenticatedUser, fields: CreateMeetupDto): Promise<MeetupDto> {
    const { circle } = await this.circles.findOrganised(slug, user);
    const meetup = await this.createInCircle(circle, user, fields);
    return this.presenter.present(meetup, await this.meetupAccess.viewerOf(meetup, user));
  }

  /** The draft itself, for a caller that has checked the organiser already (a series making its occurrences). */
  async createInCircle(
    circle: { id: string; visibility: CircleVisibility },
    organiser: AuthenticatedUser,
    fields: CreateMeetupDto,
  ): Promise<Meetup> {
    const visibility = circle.visibility === 'members_only' ? 'invite_only' : fields.visibility;
    const meetup = await this.meetups.create(organiser, { ...fields, visibility });
    await this.dataSource.query(`INSERT INTO circle_meetup (meetup_id, circle_id) VALUES ($1, $2)`, [
      meetup.id,
      circle.id,
    ]);
    return meetup;
  }

  /** The circle's meetups not over yet (cancelled ones too, so calendars drop them) that the caller may see. */
  async upcomingForCalendar(circleId: string, user: AuthenticatedUser | undefined): Promise<Meetup[]> {
    const links: { meetup_id: string }[] = await this.dataSource.query(
      `SELECT meetup_id FROM circle_meetup WHERE circle_id = $1 ORDER BY added_at DESC LIMIT ${MEETUPS_SHOWN}`,
      [circleId],
    );
    const now = this.clock.now().getTime();
    const shown: Meetup[] = [];
    for (const { meetup_id } of links) {
      const found = await this.meetupAccess.findViewable(meetup_id, user).catch(() => null);
      if (!found || found.meetup.status === 'draft' || found.meetup.endsAt.getTime() <= now) continue;
      shown.push(found.meetup);
    }
    return shown.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /**
   * When a circle becomes members-only, its meetups not over yet become invite-only (and open up again with the
   * circle when it stops being so), changed as any host changes a meetup. `user` organises the circle.
   */
  async followVisibility(
    circleId: string,
    user: AuthenticatedUser,
    visibility: CircleVisibility,
  ): Promise<void> {
    const links: { meetup_id: string }[] = await this.dataSource.query(
      `SELECT meetup_id FROM circle_meetup WHERE circle_id = $1`,
      [circleId],
    );
    const now = this.clock.now().getTime();
    for (const { meetup_id } of links) {
      const { meetup } = await this.meetupAccess.findHostable(meetup_id, user);
      if (meetup.status === 'cancelled' || meetup.endsAt.getTime() <= now) continue;
      const wanted = visibility === 'members_only' ? 'invite_only' : visibility;
      if (meetup.visibility !== wanted) await this.meetups.update(meetup_id, user, { visibility: wanted });
    }
  }

  /** The circle's meetups not over yet that the caller may see, soonest first. */
  async upcoming(slug: string, user: AuthenticatedUser | undefined): Promise<MeetupDto[]> {
    const { circle } = await this.circles.find(slug, user);
    const links: { meetup_id: string }[] = await this.dataSource.query(
      `SELECT meetup_id FROM circle_meetup WHERE circle_id = $1 ORDER BY added_at DESC LIMIT ${MEETUPS_SHOWN}`,
      [circle.id],
    );
    const now = this.clock.now().getTime();
    const shown: MeetupDto[] = [];
    for (const { meetup_id } of links) {
      // The meetup's own rules decide what the caller sees: drafts for hosts, invite-only for members and invitees.
      const found = await this.meetupAccess.findViewable(meetup_id, user).catch(() => null);
      if (!found || found.meetup.status === 'cancelled' || found.meetup.endsAt.getTime() <= now) continue;
      shown.push(await this.presenter.present(found.meetup, found.viewer));
    }
    return shown.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  }

  /** The circle a meetup belongs to, if any. */
  async circleOfMeetup(meetupId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT circle_id FROM circle_meetup WHERE meetup_id = $1`, [
      meetupId,
    ]);
    return row?.circle_id ?? null;
  }

  private async exists(sql: string, parameters: unknown[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(sql, parameters);
    return rows.length > 0;
  }

  private async isMemberOfMeetupsCircle(meetupId: string, userId: string): Promise<boolean> {
    return this.exists(
      `SELECT 1 FROM circle_meetup cm
         JOIN circle c ON c.id = cm.circle_id AND c.visibility = 'members_only'
         JOIN circle_member m ON m.circle_id = cm.circle_id AND m.user_id = $2
        WHERE cm.meetup_id = $1`,
      [meetupId, userId],
    );
  }

  private async belongsToMembersOnlyCircle(meetupId: string): Promise<boolean> {
    return this.exists(
      `SELECT 1 FROM circle_meetup cm JOIN circle c ON c.id = cm.circle_id AND c.visibility = 'members_only'
        WHERE cm.meetup_id = $1`,
      [meetupId],
    );
  }
}
