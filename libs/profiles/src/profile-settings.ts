export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PROFILE_VISIBILITIES = ['everyone', 'members', 'contacts'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

export const FOLLOW_LIST_VISIBILITIES = ['everyone', 'contacts', 'nobody'] as const;
export type FollowListVisibility = (typeof FOLLOW_LIST_VISIBILITIES)[number];

/** DESIGN.md's introduction rule: `mutual` (the default) tells only people who know each other both ways. */
export const INTRODUCTIONS = ['off', 'mutual', 'everyone'] as const;
export type IntroductionsSetting = (typeof INTRODUCTIONS)[number];

export const ATTENDANCE_VISIBILITIES = ['visible', 'private'] as const;
export type AttendanceVisibility = (typeof ATTENDANCE_VISIBILITIES)[number];

/** What other features read about a member (meetups, invitations, notifications). */
export interface ProfileSettings {
  userId: string;
  handle: string;
  displayName: string;
  language: Language;
  timeZone: string;
  profileVisibility: ProfileVisibility;
  followListVisibility: FollowListVisibility;
  introductions: IntroductionsSetting;
  attendanceVisibility: AttendanceVisibility;
  acceptsInvitations: boolean;
  acceptsCoffeeOffers: boolean;
  homeCity: string | null;
  topics: string[];
}
