import { Module } from '@nestjs/common';
import { InvitationsCoreModule } from './invitations-core.module.js';
import { MeetupInvitationsController } from './invitations/meetup-invitations.controller.js';
import { MyInvitationsController } from './invitations/my-invitations.controller.js';
import { InvitationOptOutController } from './opt-outs/invitation-opt-out.controller.js';
import { TripsController } from './trips/trips.controller.js';

/** Invitation, opt-out and trip routes. */
@Module({
  imports: [InvitationsCoreModule],
  controllers: [
    MeetupInvitationsController,
    MyInvitationsController,
    TripsController,
    InvitationOptOutController,
  ],
})
export class InvitationsHttpModule {}
