// What other features may use: the modules, the error codes, which circle a meetup belongs to, and who hears of
// a circle's new meetups (for the announcement mails).
export * from './circles-core.module.js';
export * from './circles-errors.js';
export * from './circles-http.module.js';
export { CircleMeetupsService } from './circle-meetups/circle-meetups.service.js';
export {
  CIRCLE_ANNOUNCEMENTS,
  CircleAnnouncementAudience,
  CircleAnnouncementSettings,
  type AnnouncingCircle,
  type CircleAnnouncements,
  type CircleListener,
} from './announcements/circle-announcements.js';
// The worker's sweep makes the occurrences of every series due in the window ahead.
export { SeriesOccurrences } from './series/series-occurrences.js';
