import {
  BadRequestException,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiGoneResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import { DataExportsService } from './data-exports.service.js';
import { DownloadQuery, ExportRequestedDto } from './dto/data-export.dto.js';
import { PrivacyError } from '../privacy-errors.js';

const exportId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({ error: PrivacyError.INVALID_EXPORT_ID, message: 'An export id is a UUID.' }),
});

@ApiTags('privacy')
@Controller({ path: 'api/v1' })
export class DataExportsController {
  constructor(private readonly exports: DataExportsService) {}

  @ApiBearerAuth()
  @Post('me/export')
  @HttpCode(202)
  async request(@CurrentUser() user: AuthenticatedUser): Promise<ExportRequestedDto> {
    const requested = await this.exports.request(user.id);
    return {
      id: requested.id,
      requestedAt: requested.requestedAt.toISOString(),
      message: 'We are collecting your data and mail you a link when it is ready.',
    };
  }

  @Public()
  @Get('exports/:id/data.json')
  @Header('Content-Disposition', 'attachment; filename="neuland-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiNotFoundResponse({ description: 'EXPORT_NOT_FOUND' })
  @ApiGoneResponse({ description: 'EXPORT_EXPIRED' })
  async data(
    @Param('id', exportId) id: string,
    @Query() query: DownloadQuery,
  ): Promise<Record<string, unknown>> {
    return (await this.exports.download(id, query.token)).data;
  }

  @Public()
  @Get('exports/:id/meetups.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="neuland-meetups.ics"')
  @Header('Cache-Control', 'no-store')
  async calendar(@Param('id', exportId) id: string, @Query() query: DownloadQuery): Promise<string> {
    return (await this.exports.download(id, query.token)).calendar;
  }
}
