import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { OptionalNotNull } from '@neuland/http';
import { IsIn } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { BADGE_ORDERS, type BadgeOrder, BadgesService } from './badges.service.js';

class BadgesQuery {
  @ApiPropertyOptional({ enum: BADGE_ORDERS, default: 'alphabetical' })
  @OptionalNotNull()
  @IsIn(BADGE_ORDERS)
  order?: BadgeOrder;
}

@ApiTags('badges')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id' })
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get('badges.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Hosts only: name badges of everyone going, eight to an A4 page.' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST, EMAIL_NOT_VERIFIED' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: BadgesQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, fileName } = await this.badges.sheetsFor(id, user, query.order ?? 'alphabetical');
    void reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'private, no-store');
    return pdf;
  }
}
