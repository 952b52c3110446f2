import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '@neuland/auth';
import type { Page } from '@neuland/http';
import {
  AdminSettingsDto,
  OrganiserRequestDto,
  OrganiserRequestPageDto,
  OrganiserRequestQuery,
} from './organiser.dto.js';
import { OrganiserPolicyService } from './organiser-policy.service.js';
import { OrganiserRequestsService } from './organiser-requests.service.js';

/** Admins decide on organiser requests and choose the organiser policy. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin' })
export class AdminOrganisersController {
  constructor(
    private readonly policy: OrganiserPolicyService,
    private readonly requests: OrganiserRequestsService,
  ) {}

  @Get('organiser-requests')
  @ApiOkResponse({ type: OrganiserRequestPageDto, description: 'Oldest first.' })
  list(@Query() query: OrganiserRequestQuery): Promise<Page<OrganiserRequestDto>> {
    return this.requests.list(query);
  }

  @Post('organiser-requests/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganiserRequestDto })
  @ApiNotFoundResponse({ description: 'ORGANISER_REQUEST_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ORGANISER_REQUEST_DECIDED' })
  approve(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<OrganiserRequestDto> {
    return this.requests.decide(id, 'approved', admin);
  }

  @Post('organiser-requests/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganiserRequestDto })
  @ApiNotFoundResponse({ description: 'ORGANISER_REQUEST_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ORGANISER_REQUEST_DECIDED' })
  decline(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<OrganiserRequestDto> {
    return this.requests.decide(id, 'declined', admin);
  }

  @Get('settings')
  @ApiOkResponse({ type: AdminSettingsDto })
  async settings(): Promise<AdminSettingsDto> {
    return { organiserPolicy: await this.policy.current() };
  }

  @Patch('settings')
  @ApiOkResponse({ type: AdminSettingsDto })
  async changeSettings(
    @Body() body: AdminSettingsDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<AdminSettingsDto> {
    return { organiserPolicy: await this.policy.change(body.organiserPolicy, admin.id) };
  }
}
