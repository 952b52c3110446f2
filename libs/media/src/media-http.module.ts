import { Module } from '@nestjs/common';
import { MediaCoreModule } from './media-core.module.js';
import { MediaController } from './serving/media.controller.js';

/** GET /api/v1/media/:file: the stored images. */
@Module({ imports: [MediaCoreModule], controllers: [MediaController] })
export class MediaHttpModule {}
