// One-click unsubscribe from one circle's announcements (RFC 8058): the mail's `List-Unsubscribe` link. GET shows
// what it would turn off and changes nothing (mail scanners follow GET links); POST `List-Unsubscribe=One-Click`
// turns the member's setting for that circle to none.
import { BadRequestException, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import { CircleAnnouncementAudience, CircleAnnouncementSettings } from '@neuland/circles';
import type { AppConfig } from '@neuland/config';
import { assertOneClickUnsubscribe, HtmlPage, OneClickUnsubscribeBody } from '@neuland/http';
import type { FastifyRequest } from 'fastify';
import { NotificationsError } from '../notifications-errors.js';
import { NotificationPreferences } from '../preferences/notification-preferences.service.js';
import { type CircleUnsubscribeClaim, verifyCircleUnsubscribeToken } from './unsubscribe-token.js';

@ApiTags('notifications')
@Public()
@Controller({ path: 'api/v1/unsubscribe/circle' })
export class CircleUnsubscribeController {
  private readonly secret: string;
  private readonly appUrl: string;

  constructor(
    private readonly settings: CircleAnnouncementSettings,
    private readonly audience: CircleAnnouncementAudience,
    private readonly preferences: NotificationPreferences,
    config: ConfigService<AppConfig, true>,
  ) {
    this.secret = config.get('notifications.unsubscribeSecret', { infer: true });
    this.appUrl = config.get('app.url', { infer: true });
  }

  @Get(':token')
  @HtmlPage("What the link would turn off (this circle's announcements), with a button that does it")
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK' })
  async confirm(@Param('token') token: string): Promise<string> {
    const claim = this.verify(token);
    const circle = await this.audience.circle(claim.circleId);
    const { confirmCircleUnsubscribePage } = await pages();
    return confirmCircleUnsubscribePage(await this.preferences.languageOf(claim.userId), circle?.name ?? '');
  }

  @Post(':token')
  @HttpCode(200)
  @HtmlPage("What was turned off, with a link to the circle's page")
  @OneClickUnsubscribeBody()
  @ApiBadRequestResponse({ description: 'INVALID_UNSUBSCRIBE_LINK or ONE_CLICK_BODY_MISSING' })
  async unsubscribe(@Param('token') token: string, @Req() request: FastifyRequest): Promise<string> {
    const claim = this.verify(token);
    await assertOneClickUnsubscribe(request);
    // Someone who left the circle hears nothing more anyway: the same page, nothing to change.
    await this.settings.turnOff(claim.circleId, claim.userId);
    const circle = await this.audience.circle(claim.circleId);
    const { circleUnsubscribedPage } = await pages();
    return circleUnsubscribedPage(
      await this.preferences.languageOf(claim.userId),
      circle?.name ?? '',
      circle ? `${this.appUrl}/c/${circle.slug}` : this.appUrl,
    );
  }

  private verify(token: string): CircleUnsubscribeClaim {
    const claim = verifyCircleUnsubscribeToken(this.secret, token);
    if (!claim) {
      throw new BadRequestException({
        error: NotificationsError.INVALID_UNSUBSCRIBE_LINK,
        message: 'This unsubscribe link is not valid. Change your mail settings after logging in.',
      });
    }
    return claim;
  }
}

let loaded: Promise<typeof import('./circle-unsubscribe-page.js')> | undefined;
const pages = () => (loaded ??= import('./circle-unsubscribe-page.js'));
