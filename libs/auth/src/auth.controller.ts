import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthService } from './auth.service.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { CurrentUser, Public } from './decorators.js';
import { AccessTokenDto, AccountDto, RegisteredDto } from './dto/access-token.dto.js';
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
  @ApiCreatedResponse({ type: RegisteredDto })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  register(@Body() body: RegisterDto, @UserAgent() userAgent?: string): Promise<RegisteredDto> {
    return this.auth.register(body, userAgent);
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
