import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@neuland/auth';
import { ProfilesService } from '@neuland/profiles';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource } from 'typeorm';
import type { NotificationCategory } from '../notification-kinds.js';
import type {
  NotificationPreferencesDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification-preferences.dto.js';
import { NotificationsError } from '../notifications-errors.js';

const DEFAULTS: NotificationPreferencesDto = {
  introductions: true,
  reminders: true,
  invitations: true,
  updates: true,
};
const FIELDS = ['introductions', 'reminders', 'invitations', 'updates'] as const;

/** Asked for every mail to a member. */
const PREFERENCES_OF: PreparedStatement = {
  name: 'notification-preferences-of',
  text: `SELECT introductions, reminders, invitations, updates FROM notification_preference WHERE user_id = $1`,
};

@Injectable()
export class NotificationPreferences {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly profiles: ProfilesService,
  ) {}

  async preferencesOf(userId: string): Promise<NotificationPreferencesDto> {
    const [row] = await runPrepared<NotificationPreferencesDto>(this.dataSource, PREFERENCES_OF, [userId]);
    return row ?? { ...DEFAULTS };
  }

  /** Changes only the fields given; one statement, so two tabs saving at once never lose each other's change. */
  async updatePreferences(
    userId: string,
    change: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    const given = FIELDS.filter((field) => change[field] !== undefined);
    if (given.length === 0) return this.preferencesOf(userId);
    const columns = given.map((field) => `"${field}"`).join(', ');
    const values = given.map((_, index) => `$${index + 2}`).join(', ');
    const updates = given.map((field) => `"${field}" = EXCLUDED."${field}"`).join(', ');
    const [row]: NotificationPreferencesDto[] = await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, ${columns}) VALUES ($1, ${values})
       ON CONFLICT (user_id) DO UPDATE SET ${updates}, updated_at = now()
       RETURNING introductions, reminders, invitations, updates`,
      [userId, ...given.map((field) => change[field])],
    );
    return row;
  }

  /** The profile's language, which every mail and mail page uses. */
  async languageOf(userId: string): Promise<'de' | 'en'> {
    return (await this.profiles.settingsOf([userId])).get(userId)?.language ?? 'de';
  }

  /** For signed links that may outlive their account: a deleted member is a 404, not a foreign-key 500. */
  async setIfMemberExists(
    userId: string,
    category: NotificationCategory,
    subscribed: boolean,
  ): Promise<NotificationPreferencesDto> {
    try {
      return await this.updatePreferences(userId, { [category]: subscribed });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') throw memberGone();
      throw error;
    }
  }

  /** Whether a signed link's member still gets this category, and the language to say it in. */
  async subscriptionOf(
    userId: string,
    category: NotificationCategory,
  ): Promise<{ subscribed: boolean; language: 'de' | 'en' }> {
    if (!(await this.users.exists(userId))) throw memberGone();
    const [preferences, language] = await Promise.all([this.preferencesOf(userId), this.languageOf(userId)]);
    return { subscribed: preferences[category], language };
  }
}

const memberGone = () =>
  new NotFoundException({
    error: NotificationsError.MEMBER_NOT_FOUND,
    message: 'This account no longer exists.',
  });
