import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '@neuland/http';
import { ImageDto } from '@neuland/media';
import { SocialAccountDto } from '../social-accounts/dto/social-account.dto.js';
import {
  ATTENDANCE_VISIBILITIES,
  type AttendanceVisibility,
  FOLLOW_LIST_VISIBILITIES,
  type FollowListVisibility,
  INTRODUCTIONS,
  type IntroductionsSetting,
  LANGUAGES,
  type Language,
  PROFILE_VISIBILITIES,
  type ProfileVisibility,
} from '../profile-settings.js';

/** A profile in a list (search results, followers). */
export class ProfileSummaryDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'silke-schroeder' })
  handle: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: String, nullable: true })
  headline: string | null;

  @ApiProperty({ type: String, nullable: true })
  homeCity: string | null;

  @ApiProperty({
    type: ImageDto,
    nullable: true,
    description: 'The profile photo, if the member uploaded one',
  })
  photo: ImageDto | null;
}

export class PublicProfileDto extends ProfileSummaryDto {
  @ApiProperty({ type: String, nullable: true })
  bio: string | null;

  @ApiProperty({ type: [String] })
  topics: string[];

  @ApiProperty({ type: [SocialAccountDto] })
  socialAccounts: SocialAccountDto[];
}

/** The member's own profile, with the settings only they see. */
export class OwnProfileDto extends PublicProfileDto {
  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ example: 'Europe/Berlin' })
  timeZone: string;

  @ApiProperty({ enum: PROFILE_VISIBILITIES })
  profileVisibility: ProfileVisibility;

  @ApiProperty({ enum: FOLLOW_LIST_VISIBILITIES })
  followListVisibility: FollowListVisibility;

  @ApiProperty({ enum: INTRODUCTIONS })
  introductions: IntroductionsSetting;

  @ApiProperty({ enum: ATTENDANCE_VISIBILITIES })
  attendanceVisibility: AttendanceVisibility;

  @ApiProperty()
  acceptsInvitations: boolean;

  @ApiProperty()
  acceptsCoffeeOffers: boolean;
}

export class ProfileSummaryPageDto extends PageDtoOf(ProfileSummaryDto) {}
