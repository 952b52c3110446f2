import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull } from '@neuland/http';
import { IsBoolean, IsIn } from 'class-validator';
import { RSVP_STATUSES, type RsvpStatus } from '../rsvp-statuses.js';
import { ImageDto } from '@neuland/media';

export class PutRsvpDto {
  @ApiProperty({ enum: ['going', 'not_going'] })
  @IsIn(['going', 'not_going'])
  status: 'going' | 'not_going';

  @ApiPropertyOptional({ description: 'false hides you from the other attendees (hosts still see you).' })
  @OptionalNotNull()
  @IsBoolean()
  attendsVisibly?: boolean;
}

export class AttendeeDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: ImageDto }) photo: ImageDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Hosts only.' }) handle?: string | null;
  @ApiProperty({ enum: RSVP_STATUSES }) status: RsvpStatus;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Hosts only.' }) waitlistPosition?:
    number | null;
  @ApiPropertyOptional({ description: 'Hosts only.' }) attendsVisibly?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Hosts only.' }) checkedInAt?:
    string | null;
}

export class AttendeeListDto {
  @ApiProperty() goingCount: number;
  @ApiProperty({
    enum: ['full', 'going_visible', 'count_only'],
    description: 'Hosts see everyone; going attendees see visible going attendees; others the count only.',
  })
  scope: 'full' | 'going_visible' | 'count_only';
  @ApiProperty({ type: [AttendeeDto] }) items: AttendeeDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
