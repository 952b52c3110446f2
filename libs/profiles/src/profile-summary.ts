// A profile as it appears in lists, read in SQL from `profile` or from the view `member_profile` other features use.
import { imageSql } from '@neuland/media';

/** The columns of a ProfileSummaryDto, from the profile (or `member_profile`) row aliased `p`. */
export const SUMMARY_COLUMNS = (p: string) =>
  `${p}.user_id AS "userId", ${p}.handle, ${p}.display_name AS "displayName", ${p}.headline,
   ${p}.home_city AS "homeCity", ${imageSql('photo', `${p}.photo`, `${p}.photo_placeholder`)} AS photo`;
