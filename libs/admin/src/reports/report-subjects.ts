// What a report is about, as the reporter may see it: a profile they can see, a meetup they can see, an invitation
// they received. Anything else is "not found", so a report cannot probe for what is hidden from the reporter.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@neuland/auth';
import { InvitationsService } from '@neuland/invitations';
import { MeetupAccess } from '@neuland/meetups';
import { ProfileDirectory } from '@neuland/social-graph';
import { AdminError } from '../admin-errors.js';
import type { ReportSubject } from './dto/report.dto.js';

export interface ReportedSubject {
  /** Who answers for it: the profile's owner, the meetup's organiser, the inviter (null if gone). */
  reportedMemberId: string | null;
  /** The meetup concerned: the one reported, or the one an invitation was to. */
  meetupId: string | null;
}

const subjectNotFound = () =>
  new NotFoundException({
    error: AdminError.REPORT_SUBJECT_NOT_FOUND,
    message: 'There is nothing of this kind with this id that you can report.',
  });

@Injectable()
export class ReportSubjects {
  constructor(
    private readonly profiles: ProfileDirectory,
    private readonly meetups: MeetupAccess,
    private readonly invitations: InvitationsService,
  ) {}

  async find(reporter: AuthenticatedUser, kind: ReportSubject, id: string): Promise<ReportedSubject> {
    const subject = await this.lookUp(reporter, kind, id);
    if (subject.reportedMemberId === reporter.id) {
      throw new BadRequestException({
        error: AdminError.CANNOT_REPORT_OWN,
        message: 'You cannot report yourself or what you made.',
      });
    }
    return subject;
  }

  private async lookUp(
    reporter: AuthenticatedUser,
    kind: ReportSubject,
    id: string,
  ): Promise<ReportedSubject> {
    switch (kind) {
      case 'profile': {
        const visible = await this.profiles.visibleTo(reporter.id, [id]);
        if (!visible.has(id)) throw subjectNotFound();
        return { reportedMemberId: id, meetupId: null };
      }
      case 'meetup': {
        const found = await this.meetups.findViewable(id, reporter).catch(() => undefined);
        if (!found) throw subjectNotFound();
        return { reportedMemberId: found.meetup.organiserId, meetupId: id };
      }
      case 'invitation': {
        const invitation = await this.invitations.receivedBy(id, reporter.id);
        if (!invitation) throw subjectNotFound();
        return { reportedMemberId: invitation.inviterId, meetupId: invitation.meetupId };
      }
    }
  }
}
