import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountDto,
  AccountSuspensions,
  type AuthenticatedUser,
  CurrentUser,
  Roles,
  toAccountDto,
  UsersService,
} from '@neuland/auth';
import type { Page } from '@neuland/http';
import { AccountPageDto, MemberListQuery } from './member-list.query.js';
import { SetRoleDto } from './set-role.dto.js';
import { SuspendDto } from './suspend.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/users' })
export class AdminMembersController {
  constructor(
    private readonly users: UsersService,
    private readonly suspensions: AccountSuspensions,
  ) {}

  @Get()
  @ApiOkResponse({
    type: AccountPageDto,
    description: 'Newest first; `q` searches name and e-mail address, `suspended=true` lists the suspended.',
  })
  list(@Query() query: MemberListQuery): Promise<Page<AccountDto>> {
    return this.users.listNewestFirst(query, { suspendedOnly: query.suspended === true });
  }

  @Patch(':id/role')
  async setRole(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetRoleDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<AccountDto> {
    return toAccountDto(await this.users.setRole(id, body.role, admin.id));
  }

  /** Ends every session at once; features hide, release and cancel what is the member's (SuspensionHooks). */
  @Put(':id/suspension')
  async suspend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SuspendDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<AccountDto> {
    return toAccountDto(await this.suspensions.suspend(id, { adminId: admin.id, reason: body.reason }));
  }

  /** Restores what can be restored: profile and meetups show again; released seats and cancelled mails do not return. */
  @Delete(':id/suspension')
  async lift(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<AccountDto> {
    return toAccountDto(await this.suspensions.lift(id, { adminId: admin.id }));
  }
}
