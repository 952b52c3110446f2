import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { MediaService } from './media.service.js';
import { DiskMediaStore } from './store/disk-media-store.js';
import { MediaStore } from './store/media-store.js';
import { parseS3Url, S3MediaStore } from './store/s3-media-store.js';

/** Storing, serving and deleting uploaded images: for the features that own them (profiles, meetups). */
@Module({
  providers: [
    MediaService,
    {
      provide: MediaStore,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>): MediaStore => {
        const { dir, s3Url } = config.get('media', { infer: true });
        return s3Url ? new S3MediaStore(parseS3Url(s3Url)) : new DiskMediaStore(dir);
      },
    },
  ],
  exports: [MediaService],
})
export class MediaCoreModule {}
