import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, RequireVerifiedEmail } from '@neuland/auth';
import { CreateMeetupDto, MeetupDto } from '@neuland/meetups';
import { CircleMeetupsService } from './circle-meetups.service.js';

class CircleMeetupListDto {
  @ApiProperty({ type: [MeetupDto] }) items: MeetupDto[];
}

@ApiTags('circles')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
@Controller({ path: 'api/v1/circles/:slug/meetups' })
export class CircleMeetupsController {
  constructor(private readonly circleMeetups: CircleMeetupsService) {}

  @Post()
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: MeetupDto, description: 'A draft in the circle; publish it as any meetup.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, EMAIL_NOT_VERIFIED' })
  create(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateMeetupDto,
  ): Promise<MeetupDto> {
    return this.circleMeetups.create(slug, user, body);
  }

  @Get()
  @Public()
  @ApiOkResponse({
    type: CircleMeetupListDto,
    description: "The circle's upcoming meetups the caller may see (a members-only circle's: members only).",
  })
  async upcoming(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CircleMeetupListDto> {
    return { items: await this.circleMeetups.upcoming(slug, user) };
  }
}
