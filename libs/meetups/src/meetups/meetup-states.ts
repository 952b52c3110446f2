/** Who may find a meetup: everyone, people with the link, or people with an invitation. */
export const MEETUP_VISIBILITIES = ['public', 'unlisted', 'invite_only'] as const;
export type MeetupVisibility = (typeof MEETUP_VISIBILITIES)[number];

export const MEETUP_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type MeetupStatus = (typeof MEETUP_STATUSES)[number];
