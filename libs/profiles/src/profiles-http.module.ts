import { Module } from '@nestjs/common';
import { ProfilesCoreModule } from './profiles-core.module.js';
import { ProfilePhotoController } from './photo/profile-photo.controller.js';
import { ProfilesController } from './profiles.controller.js';
import { SocialVerificationController } from './verification/social-verification.controller.js';

/** A member's own profile, accounts elsewhere and their proofs. */
@Module({
  imports: [ProfilesCoreModule],
  controllers: [ProfilesController, ProfilePhotoController, SocialVerificationController],
})
export class ProfilesHttpModule {}
