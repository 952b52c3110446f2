// What members and admins send and see about organising: the request, the policy, what the member may do.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MultiLine, OptionalNotNull, PageDtoOf, PageQuery, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { ORGANISER_POLICIES, type OrganiserPolicy } from './organiser-policy.service.js';
import type { OrganiserRequestStatus } from './organiser-requests.service.js';

const REQUEST_STATUSES: OrganiserRequestStatus[] = ['pending', 'approved', 'declined'];

export class AskToOrganiseDto {
  @ApiProperty({ description: 'A few words for the admins: what you plan to organise.', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(10, 1000)
  @MultiLine()
  message: string;
}

export class OrganiserRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) handle: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: OrganiserRequestStatus;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) decidedAt: string | null;
}

export class OrganiserRequestPageDto extends PageDtoOf(OrganiserRequestDto) {}

export class OrganisingDto {
  @ApiProperty({ description: 'The member may create meetups now (the web app shows "New meetup").' })
  mayCreateMeetups: boolean;
  @ApiProperty({ enum: ORGANISER_POLICIES }) policy: OrganiserPolicy;
  @ApiProperty({
    type: OrganiserRequestDto,
    nullable: true,
    description: "The member's newest request to become an organiser.",
  })
  request: OrganiserRequestDto | null;
}

export class OrganiserRequestQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, default: 'pending' })
  @OptionalNotNull()
  @IsIn(REQUEST_STATUSES)
  status?: OrganiserRequestStatus;
}

export class AdminSettingsDto {
  @ApiProperty({
    enum: ORGANISER_POLICIES,
    description: 'open: every member with a verified address may create meetups; approval: organisers only.',
  })
  @IsIn(ORGANISER_POLICIES)
  organiserPolicy: OrganiserPolicy;
}
