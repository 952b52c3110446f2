// A member's photo: the face others recognise them by. The files are libs/media's; the profile keeps the id.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MediaService } from '@neuland/media';
import type { DataSource, EntityManager } from 'typeorm';
import { profileNotFound } from '../profiles.service.js';

@Injectable()
export class ProfilePhotoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly media: MediaService,
  ) {}

  /** Stores the upload (refusing what is no image) and makes it the photo; the previous photo's files go. */
  async replace(userId: string, bytes: Buffer): Promise<void> {
    const image = await this.media.store('photo', userId, bytes);
    const swapped = await this.swap(this.db.manager, userId, image.id, image.placeholder);
    if (!swapped) {
      await this.media.remove(image.id);
      throw profileNotFound();
    }
    if (swapped.previous !== image.id) await this.media.remove(swapped.previous);
  }

  async remove(userId: string): Promise<void> {
    const previous = await this.clear(userId, this.db.manager);
    await this.media.remove(previous);
  }

  /** Clears the photo in `transaction` and returns its id, for the caller to delete the files after. */
  async clear(userId: string, transaction: EntityManager): Promise<string | null> {
    return (await this.swap(transaction, userId, null, null))?.previous ?? null;
  }

  async photoIdOf(userId: string, snapshot: EntityManager): Promise<string | null> {
    const [row]: { photo: string | null }[] = await snapshot.query(
      `SELECT photo FROM profile WHERE user_id = $1`,
      [userId],
    );
    return row?.photo ?? null;
  }

  /** Undefined without a profile. The row lock makes `previous` the photo this very update replaced. */
  private async swap(
    manager: EntityManager,
    userId: string,
    photo: string | null,
    placeholder: string | null,
  ): Promise<{ previous: string | null } | undefined> {
    const [row]: { previous: string | null }[] = await manager.query(
      `WITH old AS (SELECT user_id, photo FROM profile WHERE user_id = $1 FOR UPDATE),
            swapped AS (
              UPDATE profile p SET photo = $2, photo_placeholder = $3, updated_at = now()
                FROM old WHERE p.user_id = old.user_id RETURNING old.photo AS previous)
       SELECT previous FROM swapped`,
      [userId, photo, placeholder],
    );
    return row;
  }
}
