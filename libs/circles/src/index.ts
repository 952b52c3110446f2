// What other features may use: the modules, the error codes, and (for the announcements to come) which circle a
// meetup belongs to.
export * from './circles-core.module.js';
export * from './circles-errors.js';
export * from './circles-http.module.js';
export { CircleMeetupsService } from './circle-meetups/circle-meetups.service.js';
// The worker's sweep makes the occurrences of every series due in the window ahead.
export { SeriesOccurrences } from './series/series-occurrences.js';
