// What profiles keep about a member: the profile with its settings and photo, the accounts elsewhere and their proofs.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MediaService } from '@neuland/media';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';
import { ProfilePhotoService } from '../photo/profile-photo.service.js';
import { Profile } from '../profile.entity.js';

@Injectable()
export class ProfilesPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly photos: ProfilePhotoService,
    private readonly media: MediaService,
  ) {}

  onModuleInit(): void {
    this.registry.register('profiles', this);
  }

  /** The e-mail key (the keyed hash imports match against) is no account the member added: it stays out. */
  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const [profile] = await snapshot.query(
      `SELECT handle, display_name AS "displayName", headline, bio, home_city AS "homeCity", topics,
              language, time_zone AS "timeZone",
              profile_visibility AS "profileVisibility", follow_list_visibility AS "followListVisibility",
              introductions, attendance_visibility AS "attendanceVisibility",
              accepts_invitations AS "acceptsInvitations", accepts_coffee_offers AS "acceptsCoffeeOffers",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM profile WHERE user_id = $1`,
      [userId],
    );
    const socialAccounts = await snapshot.query(
      `SELECT platform, handle, verified, created_at AS "createdAt"
         FROM social_account WHERE user_id = $1 AND platform <> 'email' ORDER BY platform, handle`,
      [userId],
    );
    const socialAccountProofs = await snapshot.query(
      `SELECT platform, handle, status, reason, checked_at AS "checkedAt", created_at AS "createdAt"
         FROM social_account_proof WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    // The photo itself, not a link: the export stays whole after the account is gone.
    const photo = await this.media.exportCopy(await this.photos.photoIdOf(userId, snapshot));
    return { profile: profile ? { ...profile, photo } : null, socialAccounts, socialAccountProofs };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM social_account_proof WHERE user_id = $1`, [userId]);
    await transaction.query(`DELETE FROM social_account WHERE user_id = $1`, [userId]);
    const photo = await this.photos.photoIdOf(userId, transaction);
    await transaction.delete(Profile, { userId });
    // Before the commit: should the erasure roll back, the photo is gone all the same (it was asked to go).
    await this.media.remove(photo);
  }
}
