// "Never invite me to Neuland again" for an address, from the link in an invitation mail: no login, only the
// signed token. GET shows what it would do (mail scanners follow GET links, so GET never changes anything); POST
// with `List-Unsubscribe=One-Click` (RFC 8058, the mail's `List-Unsubscribe` header) does it. The web app's page at
// `/never-invite/:token` (the link in the mail's body) uses the JSON routes `GET/PUT :token/status`, with undo.
import { BadRequestException, Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { assertOneClickUnsubscribe, HtmlPage, OneClickUnsubscribeBody } from '@neuland/http';
import type { FastifyRequest } from 'fastify';
import { ChangeInvitationOptOutDto, InvitationOptOutDto } from './dto/invitation-opt-out.dto.js';
import { confirmInvitationOptOutPage, invitationOptedOutPage } from './invitation-opt-out-page.js';
import { type InvitationOptOutClaim, verifyInvitationOptOutToken } from './invitation-opt-out-token.js';
import { InvitationOptOuts } from './invitation-opt-outs.service.js';
import { InvitationsError } from '../invitations-errors.js';

@ApiTags('invitations')
@Public()
@Controller({ path: 'api/v1/invitation-opt-outs' })
export class InvitationOptOutController {
  private readonly secret: string;

  constructor(
    private readonly optOuts: InvitationOptOuts,
    config: ConfigService<AppConfig, true>,
  ) {
    this.secret = config.get('notifications.unsubscribeSecret', { infer: true });
  }

  @Get(':token')
  @HtmlPage('What the link would do, with a button that does it')
  @ApiBadRequestResponse({ description: 'INVALID_OPT_OUT_LINK' })
  confirm(@Param('token') token: string): string {
    return confirmInvitationOptOutPage(this.verify(token).language);
  }

  @Post(':token')
  @HttpCode(200)
  @HtmlPage('That the address gets no invitations any more')
  @OneClickUnsubscribeBody()
  @ApiBadRequestResponse({ description: 'INVALID_OPT_OUT_LINK or ONE_CLICK_BODY_MISSING' })
  async optOut(@Param('token') token: string, @Req() request: FastifyRequest): Promise<string> {
    const claim = this.verify(token);
    await assertOneClickUnsubscribe(request);
    await this.optOuts.setOptedOut(claim.addressKey, true);
    return invitationOptedOutPage(claim.language);
  }

  /** Reads only: a mail scanner following the page's link changes nothing. */
  @Get(':token/status')
  @ApiOkResponse({ type: InvitationOptOutDto })
  @ApiBadRequestResponse({ description: 'INVALID_OPT_OUT_LINK' })
  async status(@Param('token') token: string): Promise<InvitationOptOutDto> {
    const claim = this.verify(token);
    return { optedOut: await this.optOuts.isOptedOut(claim.addressKey), language: claim.language };
  }

  /** Opts the link's address out, or back in (undo); sending the same twice changes nothing more. */
  @Put(':token/status')
  @ApiOkResponse({ type: InvitationOptOutDto })
  @ApiBadRequestResponse({ description: 'INVALID_OPT_OUT_LINK or VALIDATION_FAILED' })
  async change(
    @Param('token') token: string,
    @Body() change: ChangeInvitationOptOutDto,
  ): Promise<InvitationOptOutDto> {
    const claim = this.verify(token);
    await this.optOuts.setOptedOut(claim.addressKey, change.optedOut);
    return { optedOut: change.optedOut, language: claim.language };
  }

  private verify(token: string): InvitationOptOutClaim {
    const claim = verifyInvitationOptOutToken(this.secret, token);
    if (!claim) {
      throw new BadRequestException({
        error: InvitationsError.INVALID_OPT_OUT_LINK,
        message: 'This link is not valid. Perhaps it was cut short when it was copied.',
      });
    }
    return claim;
  }
}
