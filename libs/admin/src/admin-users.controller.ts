import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountDto,
  type AuthenticatedUser,
  CurrentUser,
  Roles,
  toAccountDto,
  UsersService,
} from '@neuland/auth';
import { type Page, PageQuery } from '@neuland/http';
import { SetRoleDto } from './dto/set-role.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/users' })
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: PageQuery): Promise<Page<AccountDto>> {
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
