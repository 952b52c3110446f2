// A circle's logo (square, stored as libs/media's `photo` kind) and cover (wide): organisers upload them; the files
// are libs/media's, the circle row keeps their ids.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { MediaService } from '@neuland/media';
import type { DataSource } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';

export type CircleImage = 'logo' | 'cover';

const KIND = { logo: 'photo', cover: 'cover' } as const;

@Injectable()
export class CircleImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
    private readonly media: MediaService,
  ) {}

  /** Refuses whoever may not change the circle before an upload is read. */
  async checkMayChange(slug: string, user: AuthenticatedUser): Promise<void> {
    await this.access.findOrganised(slug, user);
  }

  async replace(slug: string, user: AuthenticatedUser, which: CircleImage, bytes: Buffer): Promise<void> {
    const { circle } = await this.access.findOrganised(slug, user);
    const image = await this.media.store(KIND[which], circle.id, bytes);
    await this.swap(slug, user, which, image.id, image.placeholder).catch(async (error: unknown) => {
      // The same picture uploaded again has the same files as the image it would replace: those stay.
      if (image.id !== circle[which]) await this.media.remove(image.id);
      throw error;
    });
  }

  remove(slug: string, user: AuthenticatedUser, which: CircleImage): Promise<void> {
    return this.swap(slug, user, which, null, null);
  }

  private async swap(
    slug: string,
    user: AuthenticatedUser,
    which: CircleImage,
    imageId: string | null,
    placeholder: string | null,
  ): Promise<void> {
    // Under the circle's row lock: the image replaced is the one this change saw, so its files can go.
    const previous = await this.dataSource.transaction(async (manager) => {
      const { circle } = await this.access.findOrganised(slug, user, manager, true);
      await manager.query(
        which === 'logo'
          ? `UPDATE circle SET logo = $2, logo_placeholder = $3, updated_at = now() WHERE id = $1`
          : `UPDATE circle SET cover = $2, cover_placeholder = $3, updated_at = now() WHERE id = $1`,
        [circle.id, imageId, placeholder],
      );
      return circle[which];
    });
    if (previous !== imageId) await this.media.remove(previous);
  }
}
