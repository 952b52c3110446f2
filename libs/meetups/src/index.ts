// What other features may use: the module, seat changes (invitations) and the access rules.
export * from './meetups.module.js';
export { RsvpService, type RsvpGoingOptions, type RsvpState } from './rsvps/rsvp.service.js';
export { MeetupAccess, type MeetupViewer } from './meetups/meetup-access.js';
// Used by the invitations feature: coffee meetups for trips, and who counts as invited to invite-only meetups.
export { MeetupsService } from './meetups/meetups.service.js';
export { InviteOnlyGuestList, type InvitedCheck } from './meetups/invite-only-guest-list.js';
export {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from './meetups/meetup.entity.js';
export { RSVP_STATUSES, type RsvpStatus } from './rsvps/rsvp.entity.js';
