import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageDtoOf, PageQuery } from '@neuland/http';
import { ImageDto } from '@neuland/media';
import { IsIn } from 'class-validator';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation.entity.js';

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: ImageDto }) photo: ImageDto | null;
}

/** An invitation as its meetup's hosts (and its inviter) see it. */
export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetupId: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ format: 'uuid' }) inviterId: string;
  @ApiPropertyOptional({
    type: PersonDto,
    nullable: true,
    description: 'The member invited by handle or in bulk; null for invitations by e-mail address.',
  })
  invitee: PersonDto | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) personalMessage: string | null;
  @ApiProperty() expiresAt: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) respondedAt: string | null;
}

export class InvitationPageDto extends PageDtoOf(InvitationDto) {}

export class InvitationsCreatedDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
  @ApiProperty({
    description:
      'Named or matched people who got no invitation (already invited or attending, or not reachable).',
  })
  skipped: number;
}

/** An invitation as its invitee sees it. */
export class ReceivedInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetupId: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ type: PersonDto }) inviter: PersonDto;
  @ApiPropertyOptional({ nullable: true, type: String }) personalMessage: string | null;
  @ApiProperty() expiresAt: string;
  @ApiProperty() createdAt: string;
}

export class InvitationAnswerDto {
  @ApiProperty({ type: ReceivedInvitationDto }) invitation: ReceivedInvitationDto;
  @ApiPropertyOptional({
    nullable: true,
    description:
      'The RSVP the acceptance made: going, or waitlisted with a position when the meetup is full.',
  })
  rsvp: { status: string; waitlistPosition: number | null } | null;
}

export class InvitationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @OptionalNotNull()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;
}

export class InvitedMeetupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() city: string;
  @ApiProperty({ example: '2026-12-03T18:30:00+01:00' }) startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty() status: string;
}

/** The landing page of an invitation link, shown before sign-in. */
export class InvitationPreviewDto {
  @ApiProperty({ type: ReceivedInvitationDto }) invitation: ReceivedInvitationDto;
  @ApiProperty({ type: InvitedMeetupDto }) meetup: InvitedMeetupDto;
}
