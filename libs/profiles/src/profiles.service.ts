import { randomBytes } from 'node:crypto';
import { ConflictException, Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AccountCreatedHooks, EmailChangedHooks, type User } from '@neuland/auth';
import { isUniqueViolation, type PreparedStatement, runPrepared } from '@neuland/database';
import { imageOf } from '@neuland/media';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { OwnProfileDto, ProfileSummaryDto, PublicProfileDto } from './dto/profile.dto.js';
import type { UpdateProfileDto } from './dto/update-profile.dto.js';
import { HANDLE_PATTERN, handleCandidates, handleFromDisplayName } from './handle-slug.js';
import { Profile } from './profile.entity.js';
import { SUMMARY_COLUMNS } from './profile-summary.js';
import type { Language, ProfileSettings } from './profile-settings.js';
import { SocialAccountsService } from './social-accounts/social-accounts.service.js';
import { ProfilesError } from './profiles-errors.js';

/** A path segment that cannot be a handle finds no profile (and never reaches the database). */
export const isHandle = (value: string) => HANDLE_PATTERN.test(value.toLowerCase());

export const profileNotFound = () =>
  new NotFoundException({
    error: ProfilesError.PROFILE_NOT_FOUND,
    message: 'There is no profile with this handle.',
  });

/**
 * Profiles and the settings other features read. Who may see a profile depends on follows and blocks, which are the
 * social graph's: libs/social-graph asks that question and then reads the profile here.
 * - settingsOf(userIds) → Map<userId, ProfileSettings>, getSettings(userId) → ProfileSettings
 * - publicProfileOf(userId), publicProfilesOf(userIds), summariesOf(userIds): what a viewer who may see them sees
 * - findUserIdByHandle(handle) → userId | null (no visibility check: for internal use)
 * - memberIdsMatching({ homeCity, topic, acceptsInvitations, acceptsCoffeeOffers }) → userIds (for invitations)
 * Other features read profiles in SQL through the view `member_profile` only.
 */
/** The settings of several members, as toSettings gives them: asked for every mail and many requests. */
const SETTINGS_OF: PreparedStatement = {
  name: 'profile-settings-of',
  text: `SELECT user_id AS "userId", handle, display_name AS "displayName", language, time_zone AS "timeZone",
                profile_visibility AS "profileVisibility", follow_list_visibility AS "followListVisibility",
                introductions, attendance_visibility AS "attendanceVisibility",
                accepts_invitations AS "acceptsInvitations", accepts_coffee_offers AS "acceptsCoffeeOffers",
                home_city AS "homeCity", topics
           FROM profile WHERE user_id = ANY ($1::uuid[])`,
};

@Injectable()
export class ProfilesService implements OnModuleInit {
  constructor(
    @InjectRepository(Profile) private readonly profiles: Repository<Profile>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly accountCreatedHooks: AccountCreatedHooks,
    private readonly socialAccounts: SocialAccountsService,
    private readonly emailChangedHooks: EmailChangedHooks,
  ) {}

  onModuleInit(): void {
    this.accountCreatedHooks.register((transaction, user, choices) =>
      this.createForAccount(transaction, user, choices.language),
    );
    this.emailChangedHooks.register((transaction, user) =>
      this.socialAccounts.replaceEmail(transaction, user.id, user.email),
    );
  }

  /** Gives a new account its profile, with a free handle made from the display name, and makes its e-mail matchable. */
  async createForAccount(transaction: EntityManager, user: User, language: Language = 'de'): Promise<void> {
    const base = handleFromDisplayName(user.displayName);
    const free: { handle: string }[] = await transaction.query(
      `SELECT c.handle FROM unnest($1::text[]) WITH ORDINALITY AS c(handle, position)
        WHERE NOT EXISTS (SELECT 1 FROM profile p WHERE p.handle = c.handle) ORDER BY c.position`,
      [handleCandidates(base)],
    );
    const attempts = [...free.map((row) => row.handle), `${base}-${randomBytes(3).toString('hex')}`];
    for (const handle of attempts) {
      // ON CONFLICT keeps the transaction usable when another sign-up took the handle a moment ago.
      const inserted: unknown[] = await transaction.query(
        `INSERT INTO profile (user_id, handle, display_name, language) VALUES ($1, $2, $3, $4)
         ON CONFLICT (handle) DO NOTHING RETURNING 1`,
        [user.id, handle, user.displayName, language],
      );
      if (inserted.length > 0) break;
    }
    await this.socialAccounts.recordEmail(transaction, user.id, user.email);
  }

  async getOwn(userId: string): Promise<OwnProfileDto> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) throw profileNotFound();
    return this.toOwnDto(profile);
  }

  async updateOwn(userId: string, changes: UpdateProfileDto): Promise<OwnProfileDto> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) throw profileNotFound();
    try {
      await this.profiles.save(this.profiles.merge(profile, changes));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_profile_handle')) {
        throw new ConflictException({
          error: ProfilesError.HANDLE_TAKEN,
          message: 'Another member has this handle.',
        });
      }
      throw error;
    }
    return this.getOwn(userId);
  }

  /** The profile as anyone who may see it sees it: callers check that first (libs/social-graph). */
  async publicProfileOf(userId: string): Promise<PublicProfileDto> {
    const profile = (await this.publicProfilesOf([userId])).get(userId);
    if (!profile) throw profileNotFound();
    return profile;
  }

  /** Many public profiles in two queries, whatever their number; members without a profile are missing. */
  async publicProfilesOf(userIds: string[]): Promise<Map<string, PublicProfileDto>> {
    if (userIds.length === 0) return new Map();
    const [profiles, accounts] = await Promise.all([
      this.profiles
        .createQueryBuilder('profile')
        .where('profile.userId = ANY(:userIds)', { userIds })
        .getMany(),
      this.socialAccounts.listFor(userIds),
    ]);
    return new Map(
      profiles.map((profile) => [
        profile.userId,
        // Not { ...summary, bio }: Node 20 builds such a literal the slow way (docs/architecture.md).
        Object.assign(toSummary(profile), {
          bio: profile.bio,
          topics: profile.topics,
          socialAccounts: accounts.get(profile.userId)!,
        }),
      ]),
    );
  }

  async findUserIdByHandle(handle: string): Promise<string | null> {
    if (!isHandle(handle)) return null;
    const [row]: { userId: string }[] = await this.db.query(
      `SELECT user_id AS "userId" FROM profile WHERE handle = lower($1)`,
      [handle],
    );
    return row?.userId ?? null;
  }

  /** Summaries in the order of `userIds`, without a visibility check: for lists a member keeps of their own. */
  async summariesOf(userIds: string[]): Promise<ProfileSummaryDto[]> {
    const rows: ProfileSummaryDto[] = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS('p')} FROM unnest($1::uuid[]) WITH ORDINALITY AS ids(user_id, position)
         JOIN profile p ON p.user_id = ids.user_id ORDER BY ids.position`,
      [userIds],
    );
    return rows;
  }

  async getSettings(userId: string): Promise<ProfileSettings> {
    const settings = (await this.settingsOf([userId])).get(userId);
    if (!settings) throw profileNotFound();
    return settings;
  }

  /** Settings of many members in one query; members without a profile are missing from the map. */
  async settingsOf(userIds: string[]): Promise<Map<string, ProfileSettings>> {
    if (userIds.length === 0) return new Map();
    const rows = await runPrepared<ProfileSettings>(this.profiles.manager, SETTINGS_OF, [userIds]);
    return new Map(rows.map((settings) => [settings.userId, settings]));
  }

  /**
   * Members by where they live and what they care about, for bulk invitations and coffee offers (libs/invitations);
   * the caller narrows the result with the introduction predicate. Cities compare case-insensitively.
   */
  async memberIdsMatching(filter: {
    homeCity?: string;
    topic?: string;
    acceptsInvitations?: boolean;
    acceptsCoffeeOffers?: boolean;
  }): Promise<string[]> {
    const rows: { userId: string }[] = await this.db.query(
      `SELECT user_id AS "userId" FROM profile
        WHERE ($1::text IS NULL OR lower(home_city) = lower($1))
          AND ($2::text IS NULL OR topic_keys(topics) @> ARRAY[lower($2)]::varchar[])
          AND ($3::boolean IS NULL OR accepts_invitations = $3)
          AND ($4::boolean IS NULL OR accepts_coffee_offers = $4)`,
      [
        filter.homeCity ?? null,
        filter.topic ?? null,
        filter.acceptsInvitations ?? null,
        filter.acceptsCoffeeOffers ?? null,
      ],
    );
    return rows.map((row) => row.userId);
  }

  private async toOwnDto(profile: Profile): Promise<OwnProfileDto> {
    const accounts = await this.socialAccounts.listFor([profile.userId]);
    const {
      userId: _userId,
      handle: _handle,
      displayName: _name,
      homeCity: _city,
      topics,
      ...settings
    } = toSettings(profile);
    return Object.assign(
      toSummary(profile),
      { bio: profile.bio, topics, socialAccounts: accounts.get(profile.userId)! },
      settings,
    );
  }
}

const toSummary = (profile: Profile): ProfileSummaryDto => ({
  userId: profile.userId,
  handle: profile.handle,
  displayName: profile.displayName,
  headline: profile.headline,
  homeCity: profile.homeCity,
  photo: imageOf(profile.photo, profile.photoPlaceholder),
});

const toSettings = (profile: Profile): ProfileSettings => ({
  userId: profile.userId,
  handle: profile.handle,
  displayName: profile.displayName,
  language: profile.language,
  timeZone: profile.timeZone,
  profileVisibility: profile.profileVisibility,
  followListVisibility: profile.followListVisibility,
  introductions: profile.introductions,
  attendanceVisibility: profile.attendanceVisibility,
  acceptsInvitations: profile.acceptsInvitations,
  acceptsCoffeeOffers: profile.acceptsCoffeeOffers,
  homeCity: profile.homeCity,
  topics: profile.topics,
});
