import { Module } from '@nestjs/common';
import { AuthModule } from '@neuland/auth';
import { AdminUsersController } from './admin-users.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [AdminUsersController],
})
export class AdminModule {}
