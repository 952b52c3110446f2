// Who may create meetups. The rule belongs to the admins' organiser policy (a higher feature), which registers it
// at start; until one is registered, organisers and admins may. A verified e-mail address is needed either way.
import { ForbiddenException, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, emailNotVerified } from '@neuland/auth';
import { MeetupsError } from '../meetups-errors.js';

/** Answers whether a verified member may create meetups now. */
export type MeetupCreationRule = (user: AuthenticatedUser) => Promise<boolean>;

const organisersOnly: MeetupCreationRule = async (user) => user.role === 'organiser' || user.role === 'admin';

@Injectable()
export class MeetupCreators {
  private rule: MeetupCreationRule = organisersOnly;

  decideWith(rule: MeetupCreationRule): void {
    this.rule = rule;
  }

  async mayCreate(user: AuthenticatedUser): Promise<boolean> {
    return user.emailVerified && (await this.rule(user));
  }

  async assertMayCreate(user: AuthenticatedUser): Promise<void> {
    if (!user.emailVerified) throw emailNotVerified();
    if (await this.rule(user)) return;
    throw new ForbiddenException({
      error: MeetupsError.NOT_AN_ORGANISER,
      message: 'Only organisers can create meetups. Ask to become one.',
    });
  }
}
