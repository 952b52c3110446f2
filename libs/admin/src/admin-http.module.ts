import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@neuland/auth';
import { AdminUsersController } from './admin-users.controller.js';

/** The admin routes: members and their roles. */
@Module({ imports: [AuthCoreModule], controllers: [AdminUsersController] })
export class AdminHttpModule {}
