// What other features may use: the module, seat changes (invitations) and the access rules.
export * from './meetups.module.js';
export { RsvpService, type RsvpGoingOptions, type RsvpState } from './rsvps/rsvp.service.js';
export { type InviteOnlyAdmission, MeetupAccess, type MeetupViewer } from './meetups/meetup-access.js';
// Used by the invitations feature to make the private meetup of a trip's coffee.
export { MeetupsService } from './meetups/meetups.service.js';
export {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from './meetups/meetup.entity.js';
export { RSVP_STATUSES, type RsvpStatus } from './rsvps/rsvp.entity.js';
// The data export writes a calendar of its own.
export { calendarNameText, calendarText } from './calendars/calendar-text.js';
