import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { CurrentUser } from '../decorators.js';
import { SessionListDto } from './dto/session.dto.js';
import { SessionsService } from './sessions.service.js';
import { AuthError } from '../auth-errors.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/sessions' })
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  async list(@CurrentUser() user: AuthenticatedUser): Promise<SessionListDto> {
    const sessions = await this.sessions.listLive(user.id);
    return {
      items: sessions.map((session) => ({
        id: session.id,
        userAgent: session.userAgent,
        createdAt: session.createdAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
        current: session.id === user.sessionId,
      })),
      nextCursor: null,
    };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'SESSION_NOT_FOUND' })
  async end(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4', exceptionFactory: notASessionId })) id: string,
  ): Promise<void> {
    await this.sessions.end(user.id, id);
  }

  @Post('logout-everywhere')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every session ends, this one included.' })
  async endAll(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.sessions.endAll(user.id);
  }
}

function notASessionId() {
  return new BadRequestException({ error: AuthError.INVALID_SESSION_ID, message: 'A session id is a UUID.' });
}
