import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@neuland/auth';
import { SocialGraphModule } from '@neuland/social-graph';
import { ProfileConnectionsController } from './connections/profile-connections.controller.js';
import { ProfileConnectionsService } from './connections/profile-connections.service.js';
import { Profile } from './profile.entity.js';
import { ProfilesController } from './profiles.controller.js';
import { ProfilesService } from './profiles.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Profile]), AuthModule, SocialGraphModule],
  controllers: [ProfilesController, ProfileConnectionsController],
  providers: [ProfilesService, ProfileConnectionsService],
  exports: [ProfilesService],
})
export class ProfilesModule {}
