import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthService } from './auth.service.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { CurrentUser, Public } from './decorators.js';
import { AccessTokenDto, AccountDto } from './dto/access-token.dto.js';
import { AcceptedDto } from './email-verification/dto/email-verification.dto.js';
import { UserAgent } from './user-agent.decorator.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { LoginDto } from './dto/login.dto.js';
import { RegisterDto } from './dto/register.dto.js';
import { toAccountDto, UsersService } from './users.service.js';

@ApiTags('auth')
@Controller({ path: 'api/v1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/register')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AcceptedDto,
    description:
      'The same answer whether or not the address has an account: a new one gets a link to confirm it (then log in), ' +
      'a registered one a note to its owner.',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS' })
  async register(@Body() body: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(body);
    return { message: 'Check your inbox: we sent you a link to confirm your address.' };
  }

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS' })
  login(@Body() body: LoginDto, @UserAgent() userAgent?: string): Promise<AccessTokenDto> {
    return this.auth.login(body, userAgent);
  }

  @ApiBearerAuth()
  @ApiOkResponse({ type: AccountDto })
  @Get('me')
  async me(@CurrentUser() user: AuthenticatedUser): Promise<AccountDto> {
    return toAccountDto(await this.users.get(user.id));
  }
}
