export * from './networking-room.module.js';
// What other features may use: the modules, pairing and the "we met" mornings (for the worker's sweep), whether a
// wish is still mutual and whom a member met (for the mails), and the outcome in numbers (for the admins).
export * from './networking-core.module.js';
export * from './networking-errors.js';
export * from './networking-http.module.js';
export * from './networking-jobs.module.js';
export { BuddiesService } from './buddies/buddies.service.js';
export { BuddyPairing } from './buddies/buddy-pairing.js';
export { MeetingWishesService } from './wishes/meeting-wishes.service.js';
export { WeMetService } from './met/we-met.service.js';
export { MetInPersonMornings, type MetMorning, morningAfter } from './met/met-in-person-mornings.js';
export {
  MIN_PAIRS_TO_COUNT_ONLINE_TIES,
  NetworkingOutcome,
  type WeeklyOutcome,
} from './met/networking-outcome.js';
