// What other features may use: the module, seat changes (invitations) and the access rules.
export * from './meetups.module.js';
export { RsvpService, type RsvpGoingOptions, type RsvpState } from './rsvps/rsvp.service.js';
export { MeetupAccess, type MeetupViewer } from './meetups/meetup-access.js';
export {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from './meetups/meetup.entity.js';
export { RSVP_STATUSES, type RsvpStatus } from './rsvps/rsvp.entity.js';
