// What other features may use: the modules, seat changes (invitations), the access rules and the read model.
export * from './meetups-core.module.js';
export * from './meetups-errors.js';
export * from './meetups-http.module.js';
export {
  type DueReminder,
  type MeetupArrival,
  type MeetupFacts,
  MeetupReadModel,
} from './read-model/meetup-read-model.js';
export { RsvpService, type RsvpGoingOptions, type RsvpState } from './rsvps/rsvp.service.js';
export {
  type InviteOnlyAdmission,
  MeetupAccess,
  type MeetupViewer,
  type RsvpRefusal,
  type VisibilityHold,
  visibilityHeld,
} from './meetups/meetup-access.js';
// Circles create meetups in a circle with the meetup's own fields, and show their descriptions the same way.
export { CreateMeetupDto } from './meetups/dto/create-meetup.dto.js';
export { MeetupDto } from './meetups/dto/meetup.dto.js';
export { MeetupPresenter } from './meetups/meetup-presenter.js';
export { renderDescription } from './meetups/render-description.js';
export { type MeetupCreationRule, MeetupCreators } from './meetups/meetup-creators.js';
// The admin pages: every meetup, whatever its state, and handing one over.
export { MeetupAdministration } from './administration/meetup-administration.js';
// Used by the invitations feature to make the private meetup of a trip's coffee.
export { MeetupsService } from './meetups/meetups.service.js';
export { MeetupModeration } from './moderation/meetup-moderation.js';
export {
  MEETUP_STATUSES,
  MEETUP_VISIBILITIES,
  type MeetupStatus,
  type MeetupVisibility,
} from './meetups/meetup-states.js';
export { RSVP_STATUSES, type RsvpStatus } from './rsvps/rsvp-statuses.js';
// Times in a meetup's zone, as every meetup answer shows them (the door screen of networking too).
export { toZonedIso } from './meetups/time-zone.js';
// The sweeper expires seat offers and opens newcomer seats by the clock.
export { SeatHandOver } from './seats/seat-hand-over.service.js';
export { NewcomerSeats } from './seats/newcomer-seats.js';
// Circles put their meetups into a circle's calendar feed, built as every meetup feed is.
export type { Meetup } from './meetups/meetup.entity.js';
export { renderCalendar } from './calendars/meetup-calendar.js';
