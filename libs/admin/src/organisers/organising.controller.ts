import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { MeetupCreators } from '@neuland/meetups';
import { AskToOrganiseDto, OrganiserRequestDto, OrganisingDto } from './organiser.dto.js';
import { OrganiserPolicyService } from './organiser-policy.service.js';
import { OrganiserRequestsService } from './organiser-requests.service.js';

/** What the member may do as an organiser, and asking to become one. */
@ApiTags('organisers')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me' })
export class OrganisingController {
  constructor(
    private readonly creators: MeetupCreators,
    private readonly policy: OrganiserPolicyService,
    private readonly requests: OrganiserRequestsService,
  ) {}

  @Get('organising')
  @ApiOkResponse({ type: OrganisingDto })
  async organising(@CurrentUser() user: AuthenticatedUser): Promise<OrganisingDto> {
    const [mayCreateMeetups, policy, request] = await Promise.all([
      this.creators.mayCreate(user),
      this.policy.current(),
      this.requests.latestOf(user.id),
    ]);
    return { mayCreateMeetups, policy, request };
  }

  @Post('organiser-request')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: OrganiserRequestDto })
  @ApiConflictResponse({ description: 'ORGANISER_REQUEST_PENDING, ALREADY_ORGANISER' })
  ask(@CurrentUser() user: AuthenticatedUser, @Body() body: AskToOrganiseDto): Promise<OrganiserRequestDto> {
    return this.requests.ask(user, body.message);
  }
}
