// A meetup's cover image: the first thing its page and its link previews show. Hosts upload it; the files are
// libs/media's, the meetup row keeps the id.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { MediaService } from '@neuland/media';
import type { DataSource } from 'typeorm';
import { MeetupAccess, type MeetupViewer } from '../meetups/meetup-access.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { meetupCancelled } from '../meetups/meetups.service.js';

@Injectable()
export class MeetupCoverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
    private readonly media: MediaService,
  ) {}

  /** Refuses whoever may not change the cover (not a host, not verified, a cancelled meetup) before an upload is read. */
  async checkMayChange(meetupId: string, user: AuthenticatedUser): Promise<void> {
    const { meetup } = await this.access.findHostable(meetupId, user);
    if (meetup.status === 'cancelled') throw meetupCancelled();
  }

  /** Hosts only; the upload is read as an image only after that check. The previous cover's files go. */
  async replace(
    meetupId: string,
    user: AuthenticatedUser,
    bytes: Buffer,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    const { meetup } = await this.access.findHostable(meetupId, user);
    if (meetup.status === 'cancelled') throw meetupCancelled();
    const image = await this.media.store('cover', meetupId, bytes);
    return this.swap(meetupId, user, image.id, image.placeholder).catch(async (error: unknown) => {
      // The same picture uploaded again has the same files as the cover it would replace: those stay.
      if (image.id !== meetup.cover) await this.media.remove(image.id);
      throw error;
    });
  }

  remove(meetupId: string, user: AuthenticatedUser): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    return this.swap(meetupId, user, null, null);
  }

  private async swap(
    meetupId: string,
    user: AuthenticatedUser,
    cover: string | null,
    placeholder: string | null,
  ): Promise<{ meetup: Meetup; viewer: MeetupViewer }> {
    // Under the meetup row lock: the cover replaced is the one this change saw, so its files can go.
    const { found, previous } = await this.dataSource.transaction(async (manager) => {
      const hosted = await this.access.findHostable(meetupId, user, manager, true);
      if (hosted.meetup.status === 'cancelled') throw meetupCancelled();
      const before = hosted.meetup.cover;
      hosted.meetup.cover = cover;
      hosted.meetup.coverPlaceholder = placeholder;
      await manager.update(Meetup, { id: meetupId }, { cover, coverPlaceholder: placeholder });
      return { found: hosted, previous: before };
    });
    if (previous !== cover) await this.media.remove(previous);
    return found;
  }
}
