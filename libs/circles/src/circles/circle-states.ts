/** Who finds a circle: everyone (listed), people with the link, or everyone by link with its meetups for members only. */
export const CIRCLE_VISIBILITIES = ['public', 'unlisted', 'members_only'] as const;
export type CircleVisibility = (typeof CIRCLE_VISIBILITIES)[number];

/** Open: a member joins at once. Approval: the organisers say yes to each request. */
export const CIRCLE_JOIN_POLICIES = ['open', 'approval'] as const;
export type CircleJoinPolicy = (typeof CIRCLE_JOIN_POLICIES)[number];

/** The owner (one), co-organisers (may create and run the circle's meetups) and members. */
export const CIRCLE_ROLES = ['owner', 'co_organiser', 'member'] as const;
export type CircleRole = (typeof CIRCLE_ROLES)[number];

export const isOrganiserRole = (role: CircleRole | null | undefined) =>
  role === 'owner' || role === 'co_organiser';
