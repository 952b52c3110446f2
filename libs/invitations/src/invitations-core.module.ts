import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCoreModule } from '@neuland/auth';
import { MeetupsCoreModule } from '@neuland/meetups';
import { PrivacyCoreModule } from '@neuland/privacy';
import { ProfilesCoreModule } from '@neuland/profiles';
import { SocialGraphCoreModule } from '@neuland/social-graph';
import { InvitationMailGate } from './invitation-mail-gate.js';
import { EmailInvitationsOnVerification } from './invitations/email-invitations-on-verification.js';
import { InvitationAnswersService } from './invitations/invitation-answers.service.js';
import { InvitationPresenter } from './invitations/invitation-presenter.js';
import { InvitationRecipients } from './invitations/invitation-recipients.js';
import { Invitation } from './invitations/invitation.entity.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { MeetupGuestPolicy } from './invitations/meetup-guest-policy.entity.js';
import { InvitationsPersonalData } from './personal-data/invitations-personal-data.js';
import { InvitationOptOut } from './opt-outs/invitation-opt-out.entity.js';
import { InvitationOptOuts } from './opt-outs/invitation-opt-outs.service.js';
import { CoffeeOffer } from './trips/coffee-offer.entity.js';
import { CoffeeService } from './trips/coffee.service.js';
import { Trip } from './trips/trip.entity.js';
import { TripsService } from './trips/trips.service.js';

const SERVICES = [
  InvitationsService,
  InvitationAnswersService,
  InvitationRecipients,
  InvitationPresenter,
  TripsService,
  CoffeeService,
  InvitationMailGate,
  InvitationOptOuts,
];

/** Invitations (by handle, e-mail and in bulk), invite-only access, opt-outs, trips and their coffee offers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Invitation, MeetupGuestPolicy, Trip, CoffeeOffer, InvitationOptOut]),
    AuthCoreModule,
    MeetupsCoreModule,
    ProfilesCoreModule,
    SocialGraphCoreModule,
    PrivacyCoreModule,
  ],
  providers: [...SERVICES, EmailInvitationsOnVerification, InvitationsPersonalData],
  exports: SERVICES,
})
export class InvitationsCoreModule {}
