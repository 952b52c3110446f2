import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '@neuland/auth';
import { type Page, PageQuery } from '@neuland/http';
import {
  AdminReportDto,
  AdminReportPageDto,
  CreateReportDto,
  MyReportDto,
  MyReportPageDto,
  ReportQueueQuery,
  ResolveReportDto,
} from './dto/report.dto.js';
import { ReportQueue, toMyReport } from './report-queue.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller({ path: 'api/v1/reports' })
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Rate-limited per member (RATE_LIMITED); reporting the same thing again while open returns the open report. */
  @Post()
  @HttpCode(201)
  async file(@Body() body: CreateReportDto, @CurrentUser() user: AuthenticatedUser): Promise<MyReportDto> {
    return toMyReport(await this.reports.file(user, body));
  }

  @Get()
  @ApiOkResponse({ type: MyReportPageDto, description: 'My reports, newest first, with their outcome.' })
  async listMine(
    @Query() query: PageQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MyReportDto>> {
    const { rows, nextCursor } = await this.reports.listMine(user.id, query);
    return { items: rows.map(toMyReport), nextCursor };
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/reports' })
export class AdminReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly queue: ReportQueue,
  ) {}

  @Get()
  @ApiOkResponse({ type: AdminReportPageDto })
  list(@Query() query: ReportQueueQuery): Promise<Page<AdminReportDto>> {
    return this.queue.list(query);
  }

  /** Dismiss, hide the meetup or suspend the member; the reporter is told whether action was taken. */
  @Post(':id/resolution')
  @HttpCode(200)
  async resolve(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ResolveReportDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<MyReportDto> {
    return toMyReport(await this.reports.resolve(id, body.resolution, admin));
  }
}
