import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@neuland/auth';
import { MeetupsModule } from '@neuland/meetups';
import { ProfilesModule } from '@neuland/profiles';
import { SocialGraphModule, SocialGraphService } from '@neuland/social-graph';
import { InvitationMailGate } from './invitation-mail-gate.js';
import { EmailInvitationsOnVerification } from './invitations/email-invitations-on-verification.js';
import { InvitationAnswersService } from './invitations/invitation-answers.service.js';
import { InvitationPresenter } from './invitations/invitation-presenter.js';
import { InvitationRecipients } from './invitations/invitation-recipients.js';
import { Invitation } from './invitations/invitation.entity.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { MeetupGuestPolicy } from './invitations/meetup-guest-policy.entity.js';
import { MeetupInvitationsController } from './invitations/meetup-invitations.controller.js';
import { MyInvitationsController } from './invitations/my-invitations.controller.js';
import { InvitationOptOutController } from './opt-outs/invitation-opt-out.controller.js';
import { InvitationOptOut } from './opt-outs/invitation-opt-out.entity.js';
import { InvitationOptOuts } from './opt-outs/invitation-opt-outs.service.js';
import { CoffeeOffer } from './trips/coffee-offer.entity.js';
import { CoffeeService } from './trips/coffee.service.js';
import { Trip } from './trips/trip.entity.js';
import { TripsController } from './trips/trips.controller.js';
import { TripsService } from './trips/trips.service.js';

/** Invitations (by handle, e-mail and in bulk), invite-only access, and coffee offers for trips. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Invitation, MeetupGuestPolicy, Trip, CoffeeOffer, InvitationOptOut]),
    AuthModule,
    MeetupsModule,
    ProfilesModule,
    SocialGraphModule,
  ],
  controllers: [
    MeetupInvitationsController,
    MyInvitationsController,
    TripsController,
    InvitationOptOutController,
  ],
  providers: [
    InvitationsService,
    InvitationAnswersService,
    EmailInvitationsOnVerification,
    InvitationRecipients,
    InvitationPresenter,
    TripsService,
    CoffeeService,
    InvitationMailGate,
    InvitationOptOuts,
  ],
  exports: [InvitationsService, TripsService],
})
export class InvitationsModule {}

/**
 * For the notifications worker: the send-time checks of invitation and coffee-offer mails and the opt-out links
 * of mails to addresses, and no routes.
 * SocialGraphService is provided here rather than through SocialGraphModule, which would bring its
 * contact-import routes into the worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Invitation, CoffeeOffer, InvitationOptOut])],
  providers: [InvitationMailGate, InvitationOptOuts, SocialGraphService],
  exports: [InvitationMailGate, InvitationOptOuts],
})
export class InvitationsWorkerModule {}
