/**
 * Who may see a profile, as SQL over a `member_profile` row `p` (the view libs/profiles publishes) and the viewer
 * parameter (NULL for anonymous callers):
 * the owner always; nobody across a block; `everyone`; `members` to any logged-in member;
 * `contacts` only to mutual followers; a suspended member's to nobody else.
 */
export const profileVisibleTo = (p: string, viewer: string) => `(
  ${p}.user_id = ${viewer}::uuid OR (
    NOT EXISTS (SELECT 1 FROM member_account a WHERE a.user_id = ${p}.user_id AND a.suspended)
    AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = ${p}.user_id AND b.blocked_id = ${viewer}::uuid)
    AND NOT EXISTS (SELECT 1 FROM block b WHERE b.blocker_id = ${viewer}::uuid AND b.blocked_id = ${p}.user_id)
    AND (
      ${p}.profile_visibility = 'everyone'
      OR (${p}.profile_visibility = 'members' AND ${viewer}::uuid IS NOT NULL)
      OR (${p}.profile_visibility = 'contacts'
        AND EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = ${p}.user_id AND f.followee_id = ${viewer}::uuid)
        AND EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = ${viewer}::uuid AND f.followee_id = ${p}.user_id))
    )))`;

/**
 * Whether the viewer may learn whom profile `p` follows and who follows them: the owner always; `everyone`;
 * `contacts` to mutual followers. Applies to both ends of a follow shown in a list.
 */
export const followListVisibleTo = (p: string, viewer: string) => `(
  ${p}.user_id = ${viewer}::uuid
  OR ${p}.follow_list_visibility = 'everyone'
  OR (${p}.follow_list_visibility = 'contacts'
    AND EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = ${p}.user_id AND f.followee_id = ${viewer}::uuid)
    AND EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = ${viewer}::uuid AND f.followee_id = ${p}.user_id)))`;
