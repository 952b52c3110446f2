import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCoreModule } from '@neuland/auth';
import { MediaCoreModule } from '@neuland/media';
import { PrivacyCoreModule } from '@neuland/privacy';
import { SafeFetchModule } from '@neuland/safe-fetch';
import { ProfilePhotoService } from './photo/profile-photo.service.js';
import { ProfilesPersonalData } from './personal-data/profiles-personal-data.js';
import { Profile } from './profile.entity.js';
import { ProfilesService } from './profiles.service.js';
import { SocialAccountsService } from './social-accounts/social-accounts.service.js';
import { SocialProofChecker } from './verification/social-proof-checker.js';
import { SocialVerificationService } from './verification/social-verification.service.js';

const SERVICES = [
  ProfilesService,
  ProfilePhotoService,
  SocialAccountsService,
  SocialVerificationService,
  SocialProofChecker,
];

/** Profiles, accounts elsewhere and their proofs: for the API's routes and the worker's checks alike. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Profile]),
    AuthCoreModule,
    PrivacyCoreModule,
    SafeFetchModule,
    MediaCoreModule,
  ],
  providers: [...SERVICES, ProfilesPersonalData],
  exports: SERVICES,
})
export class ProfilesCoreModule {}
