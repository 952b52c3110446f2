// A profile as it appears in lists, read in SQL from `profile` or from the view `member_profile` other features use.
import { imageSql } from '@neuland/media';

/** The columns of a ProfileSummaryDto, from the profile (or `member_profile`) row aliased `p`. */
export const SUMMARY_COLUMNS = (p: string) =>
  `${p}.user_id AS "userId", ${p}.handle, ${p}.display_name AS "displayName", ${p}.headline,
   ${p}.home_city AS "homeCity", ${imageSql('photo', `${p}.photo`, `${p}.photo_placeholder`)} AS photo`;

const BIO_LINE_LENGTH = 140;

/** A bio's first non-empty line, shortened with an ellipsis: how lists and mails say who someone is in one line. */
export function bioLineOf(bio: string | null): string | null {
  const line = bio
    ?.split('\n')
    .find((each) => each.trim())
    ?.trim();
  if (!line) return null;
  return line.length > BIO_LINE_LENGTH ? `${line.slice(0, BIO_LINE_LENGTH - 1).trimEnd()}…` : line;
}
