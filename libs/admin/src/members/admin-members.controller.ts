import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountDto,
  type AuthenticatedUser,
  CurrentUser,
  Roles,
  toAccountDto,
  UsersService,
} from '@neuland/auth';
import { type Page, PageDtoOf } from '@neuland/http';
import { MemberSearchQuery } from './member-search.query.js';
import { SetRoleDto } from './set-role.dto.js';

class AccountPageDto extends PageDtoOf(AccountDto) {}

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/users' })
export class AdminMembersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: AccountPageDto, description: 'Newest first; `q` searches name and e-mail address.' })
  list(@Query() query: MemberSearchQuery): Promise<Page<AccountDto>> {
    return this.users.listNewestFirst(query);
  }

  @Patch(':id/role')
  async setRole(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetRoleDto,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<AccountDto> {
    return toAccountDto(await this.users.setRole(id, body.role, admin.id));
  }
}
