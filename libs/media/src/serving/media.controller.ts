import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { FastifyReply } from 'fastify';
import { FORMATS, type ImageFormat, MEDIA_FILE } from '../images/image-kinds.js';
import { MediaError } from '../media-errors.js';
import { MediaService } from '../media.service.js';

/**
 * Uploaded images, for anyone holding the link: names are content hashes nobody can guess, and a file never changes
 * under its name, so browsers and proxies may keep it for a year without asking again.
 */
@ApiTags('media')
@Controller({ path: 'api/v1/media' })
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get(':file')
  @Public()
  @ApiProduces('image/webp', 'image/jpeg')
  @ApiOkResponse({ description: 'The image file' })
  @ApiNotFoundResponse({ description: 'MEDIA_NOT_FOUND' })
  async file(@Param('file') name: string, @Res() reply: FastifyReply): Promise<void> {
    const bytes = await this.media.file(name);
    if (!bytes) {
      throw new NotFoundException({ error: MediaError.MEDIA_NOT_FOUND, message: 'There is no such image.' });
    }
    const format = MEDIA_FILE.exec(name)![4] as ImageFormat;
    await reply
      .header('Content-Type', FORMATS[format])
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('Cross-Origin-Resource-Policy', 'same-site')
      .send(bytes);
  }
}
