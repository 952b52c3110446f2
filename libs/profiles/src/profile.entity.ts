import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import {
  ATTENDANCE_VISIBILITIES,
  type AttendanceVisibility,
  FOLLOW_LIST_VISIBILITIES,
  type FollowListVisibility,
  INTRODUCTIONS,
  type IntroductionsSetting,
  type Language,
  PROFILE_VISIBILITIES,
  type ProfileVisibility,
} from './profile-settings.js';

/** A member's public face; one per account, created with it. */
@Entity('profile')
export class Profile {
  @PrimaryColumn('uuid')
  userId: string;

  /** A URL slug, stored lower-cased: unique regardless of case. */
  @Column({ type: 'varchar', length: 40 })
  handle: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  headline: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  homeCity: string | null;

  @Column({ type: 'varchar', length: 50, array: true, default: () => `'{}'` })
  topics: string[];

  /** The uploaded photo's id in libs/media (`photo-<hash>`), and its thumbhash placeholder. */
  @Column({ type: 'varchar', length: 48, nullable: true })
  photo: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  photoPlaceholder: string | null;

  @Column({ type: 'varchar', length: 2, default: 'de' })
  language: Language;

  @Column({ type: 'varchar', length: 64, default: 'Europe/Berlin' })
  timeZone: string;

  @Column({ type: 'enum', enum: PROFILE_VISIBILITIES, enumName: 'profile_visibility', default: 'members' })
  profileVisibility: ProfileVisibility;

  @Column({
    type: 'enum',
    enum: FOLLOW_LIST_VISIBILITIES,
    enumName: 'follow_list_visibility',
    default: 'contacts',
  })
  followListVisibility: FollowListVisibility;

  @Column({ type: 'enum', enum: INTRODUCTIONS, enumName: 'introductions_setting', default: 'mutual' })
  introductions: IntroductionsSetting;

  @Column({
    type: 'enum',
    enum: ATTENDANCE_VISIBILITIES,
    enumName: 'attendance_visibility',
    default: 'visible',
  })
  attendanceVisibility: AttendanceVisibility;

  @Column({ type: 'boolean', default: true })
  acceptsInvitations: boolean;

  @Column({ type: 'boolean', default: true })
  acceptsCoffeeOffers: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
