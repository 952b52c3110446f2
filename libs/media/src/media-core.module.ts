import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { MediaService } from './media.service.js';
import { MediaStore } from './store/media-store.js';
import { mediaStoreFor } from './store/media-store-for.js';

/** Storing, serving and deleting uploaded images: for the features that own them (profiles, meetups). */
@Module({
  providers: [
    MediaService,
    {
      provide: MediaStore,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        mediaStoreFor(config.get('media', { infer: true })),
    },
  ],
  exports: [MediaService],
})
export class MediaCoreModule {}
