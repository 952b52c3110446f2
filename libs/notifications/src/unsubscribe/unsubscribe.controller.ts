// One-click unsubscribe (RFC 8058): the link in `List-Unsubscribe` needs no login, only its signed token.
// GET shows what would be turned off (mail scanners follow GET links, so GET never changes anything);
// POST with `List-Unsubscribe=One-Click` (urlencoded or multipart) turns it off. The web app's page at `/unsubscribe/:token` (the link in
// the mail's body) uses the JSON routes `GET :token/subscription` and `PUT :token/subscription` instead.
import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { assertOneClickUnsubscribe, HtmlPage, OneClickUnsubscribeBody } from '@neuland/http';
import type { FastifyRequest } from 'fastify';
import { NotificationPreferences } from '../preferences/notification-preferences.service.js';
import { ChangeSubscriptionDto, SubscriptionDto } from './dto/subscription.dto.js';
import { type UnsubscribeClaim, verifyUnsubscribeToken } from './unsubscribe-token.js';
import { NotificationsError } from '../notifications-errors.js';

@ApiTags('notifications')
@Public()
@Controller({ path: 'api/v1/unsubscribe' })
export class UnsubscribeController {
  private readonly secret: string;
  private readonly settingsUrl: string;

  constructor(
    private readonly preferences: NotificationPreferences,
    config: ConfigService<AppConfig, true>,
  ) {
    this.secret = config.get('notifications.unsubscribeSecret', { infer: true });
    this.settingsUrl = `${config.get('app.url', { infer: true })}/settings/notifications`;
  }

  @Get(':token')
  @HtmlPage('What the link would turn off, with a button that does it')
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK' })
  async confirm(@Param('token') token: string): Promise<string> {
    const claim = this.verify(token);
    const { confirmUnsubscribePage } = await unsubscribePages();
    return confirmUnsubscribePage(await this.preferences.languageOf(claim.userId), claim.category);
  }

  @Post(':token')
  @HttpCode(200)
  @HtmlPage('What was turned off, with a link to the mail settings')
  @OneClickUnsubscribeBody()
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK or ONE_CLICK_BODY_MISSING' })
  async unsubscribe(@Param('token') token: string, @Req() request: FastifyRequest): Promise<string> {
    const claim = this.verify(token);
    await assertOneClickUnsubscribe(request);
    await this.preferences.setIfMemberExists(claim.userId, claim.category, false);
    const { unsubscribedPage } = await unsubscribePages();
    return unsubscribedPage(
      await this.preferences.languageOf(claim.userId),
      claim.category,
      this.settingsUrl,
    );
  }

  /** Reads only: a mail scanner following the page's link changes nothing. */
  @Get(':token/subscription')
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK' })
  @ApiNotFoundResponse({ description: 'MEMBER_NOT_FOUND' })
  async subscription(@Param('token') token: string): Promise<SubscriptionDto> {
    const claim = this.verify(token);
    return {
      category: claim.category,
      ...(await this.preferences.subscriptionOf(claim.userId, claim.category)),
    };
  }

  /** Turns the link's one category off or back on (undo); sending the same twice changes nothing more. */
  @Put(':token/subscription')
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK or VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'MEMBER_NOT_FOUND' })
  async changeSubscription(
    @Param('token') token: string,
    @Body() change: ChangeSubscriptionDto,
  ): Promise<SubscriptionDto> {
    const claim = this.verify(token);
    const preferences = await this.preferences.setIfMemberExists(
      claim.userId,
      claim.category,
      change.subscribed,
    );
    return {
      category: claim.category,
      subscribed: preferences[claim.category],
      language: await this.preferences.languageOf(claim.userId),
    };
  }

  private verify(token: string): UnsubscribeClaim {
    const claim = verifyUnsubscribeToken(this.secret, token);
    if (!claim) {
      throw new BadRequestException({
        error: NotificationsError.INVALID_UNSUBSCRIBE_LINK,
        message: 'This unsubscribe link is not valid. Change your mail settings after logging in.',
      });
    }
    return claim;
  }
}

// React renders these two pages; it loads when one is first asked for, not at every start of the API.
let pages: Promise<typeof import('./unsubscribe-page.js')> | undefined;
const unsubscribePages = () => (pages ??= import('./unsubscribe-page.js'));
