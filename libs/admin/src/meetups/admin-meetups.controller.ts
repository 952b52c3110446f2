// Every meetup for admins, whatever its state. Editing, cancelling and handing over use the meetups' own routes,
// where admins count as hosts (and their changes go into the audit trail).
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@neuland/auth';
import { OptionalNotNull, type Page, PageDtoOf, PageQuery, SingleLine, trim } from '@neuland/http';
import { MEETUP_STATUSES, MeetupAdministration, type MeetupStatus } from '@neuland/meetups';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';

class AdminMeetupQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the title or the city.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @SingleLine()
  q?: string;

  @ApiPropertyOptional({ enum: MEETUP_STATUSES })
  @OptionalNotNull()
  @IsIn(MEETUP_STATUSES)
  status?: MeetupStatus;
}

class AdminMeetupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: MEETUP_STATUSES }) status: MeetupStatus;
  @ApiProperty() city: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organiserId: string | null;
  @ApiProperty({ nullable: true, type: String }) organiserName: string | null;
}

class AdminMeetupPageDto extends PageDtoOf(AdminMeetupDto) {}

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/meetups' })
export class AdminMeetupsController {
  constructor(private readonly administration: MeetupAdministration) {}

  @Get()
  @ApiOkResponse({
    type: AdminMeetupPageDto,
    description: 'Latest start first, drafts and cancelled included.',
  })
  list(@Query() query: AdminMeetupQuery): Promise<Page<AdminMeetupDto>> {
    return this.administration.search(query);
  }
}
