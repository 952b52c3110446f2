import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { HttpError, type RateLimit, RateLimits } from '@neuland/http';
import { ConnectedAccountsService } from './connected-accounts.service.js';
import {
  ConnectAccountDto,
  ConnectedAccountDto,
  ConnectedAccountListDto,
  FinishMastodonConnectionDto,
  MastodonAuthorisationDto,
} from './dto/connected-account.dto.js';
import { MastodonConnectService } from './mastodon-connect.service.js';

/** Each start asks a server elsewhere (and may register an app there): a member starts few. */
const CONNECTS_PER_HOUR: RateLimit = {
  name: 'account-connects',
  points: 20,
  durationSeconds: 60 * 60,
  code: HttpError.RATE_LIMITED,
  refusal: 'Too many connections started',
};

/** A read walks someone else's server page by page: "refresh now" is for now and then, not a loop. */
const REFRESHES_PER_HOUR: RateLimit = {
  name: 'connection-refreshes',
  points: 3,
  durationSeconds: 60 * 60,
  code: HttpError.RATE_LIMITED,
  refusal: 'Too many refreshes',
};

@ApiTags('connected-accounts')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/connected-accounts' })
export class ConnectedAccountsController {
  constructor(
    private readonly connections: ConnectedAccountsService,
    private readonly mastodon: MastodonConnectService,
    private readonly rateLimits: RateLimits,
  ) {}

  @Get()
  @ApiOkResponse({ type: ConnectedAccountListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<ConnectedAccountListDto> {
    return { items: await this.connections.list(user.id), nextCursor: null };
  }

  /** Registers Neuland with the server if needed; send the member to `authoriseUrl`. */
  @Post('mastodon')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: MastodonAuthorisationDto })
  @ApiBadRequestResponse({ description: 'INVALID_HANDLE' })
  @ApiUnprocessableEntityResponse({ description: 'CONNECTION_SERVER_UNREACHABLE' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (20 an hour), with Retry-After' })
  async startMastodon(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ConnectAccountDto,
  ): Promise<MastodonAuthorisationDto> {
    await this.rateLimits.consume(CONNECTS_PER_HOUR, user.id);
    return this.mastodon.start(user.id, body.handle);
  }

  /** What the server handed back to the web app's return page; the first read follows in the worker. */
  @Post('mastodon/callback')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: ConnectedAccountDto })
  @ApiBadRequestResponse({ description: 'CONNECTION_STATE_INVALID: not a state this member started' })
  @ApiUnprocessableEntityResponse({
    description: 'CONNECTION_REFUSED_BY_SERVER, CONNECTION_SERVER_UNREACHABLE',
  })
  @ApiConflictResponse({ description: 'ACCOUNT_VERIFIED_BY_SOMEONE_ELSE' })
  async finishMastodon(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: FinishMastodonConnectionDto,
  ): Promise<ConnectedAccountDto> {
    const id = await this.mastodon.finish(user.id, body.state, body.code);
    return this.connections.get(user.id, id);
  }

  @Post('bluesky')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: ConnectedAccountDto })
  @ApiBadRequestResponse({ description: 'INVALID_HANDLE' })
  @ApiUnprocessableEntityResponse({ description: 'BLUESKY_ACCOUNT_NOT_VERIFIED' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (20 an hour), with Retry-After' })
  async connectBluesky(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ConnectAccountDto,
  ): Promise<ConnectedAccountDto> {
    await this.rateLimits.consume(CONNECTS_PER_HOUR, user.id);
    return this.connections.connectBluesky(user.id, body.handle);
  }

  @Post(':id/refresh')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ConnectedAccountDto, description: 'Read again in the worker.' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (3 an hour per account), with Retry-After' })
  async refresh(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ConnectedAccountDto> {
    const account = await this.connections.get(user.id, id);
    await this.rateLimits.consume(REFRESHES_PER_HOUR, `${user.id}-${account.id}`);
    return this.connections.refresh(user.id, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Disconnected: the token and the contacts only it brought are gone.' })
  async disconnect(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.connections.disconnect(user.id, id);
  }
}
