// Log in and out for the web app: a session cookie instead of a bearer token the page would have to keep.
import { Body, Controller, Delete, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AppConfig } from '@neuland/config';
import { AuthService } from '../auth.service.js';
import { Public } from '../decorators.js';
import { LoginDto } from '../dto/login.dto.js';
import { LoginRateLimitGuard } from '../login-rate-limit.guard.js';
import { toAccountDto } from '../users.service.js';
import {
  clearSessionCookies,
  type ReplyWithCookies,
  SESSION_COOKIE,
  setSessionCookies,
} from './web-session-cookies.js';
import { WebSessionDto } from './web-session.dto.js';
import { UserAgent } from '../user-agent.decorator.js';
import { WEB_SESSION_TTL_SECONDS, WebSessionStore } from './web-session.store.js';
import { SessionsService } from '../sessions/sessions.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';

@ApiTags('auth')
@Controller({ path: 'api/v1/auth/session' })
export class WebSessionController {
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    @Inject(WebSessionStore) private readonly sessions: WebSessionStore,
    private readonly accountSessions: SessionsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.secureCookies = config.get('app.env', { infer: true }) === 'production';
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: WebSessionDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  async logIn(
    @Body() body: LoginDto,
    @UserAgent() userAgent: string | undefined,
    @Res({ passthrough: true }) reply: ReplyWithCookies,
  ): Promise<WebSessionDto> {
    const user = await this.auth.verifyCredentials(body);
    // The browser session is one of the account's sessions: listed with them, ended by "log out everywhere".
    const accountSession = await this.accountSessions.start(
      user.id,
      userAgent,
      WEB_SESSION_TTL_SECONDS * 1000,
    );
    const session = await this.sessions.create({ userId: user.id, sessionId: accountSession.id });
    setSessionCookies(reply, session, this.secureCookies);
    return { account: toAccountDto(user), csrfToken: session.csrfToken };
  }

  /** Public so that a stale cookie can always be cleared; the guard still demands the CSRF token of a live session. */
  @Public()
  @Delete()
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The session is over and its cookies are cleared.' })
  @ApiForbiddenResponse({ description: 'CSRF_TOKEN_INVALID' })
  async logOut(
    @Req() request: { cookies?: Record<string, string | undefined>; user?: AuthenticatedUser },
    @Res({ passthrough: true }) reply: ReplyWithCookies,
  ): Promise<void> {
    const id = request.cookies?.[SESSION_COOKIE];
    if (id) await this.sessions.end(id);
    if (request.user?.sessionId) await this.accountSessions.end(request.user.id, request.user.sessionId);
    clearSessionCookies(reply, this.secureCookies);
  }
}
