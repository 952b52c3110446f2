import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@neuland/auth';
import { AdminOverviewDto } from './admin-overview.dto.js';
import { AdminOverview } from './admin-overview.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/overview' })
export class AdminOverviewController {
  constructor(private readonly overview: AdminOverview) {}

  @Get()
  @ApiOkResponse({ type: AdminOverviewDto })
  read(): Promise<AdminOverviewDto> {
    return this.overview.read();
  }
}
