// What the apps wire and the tests drive: the modules, the clock, the ledger and its queue, the sweeper.
export * from './notification-kinds.js';
export * from './notifications-core.module.js';
export * from './notifications-errors.js';
export * from './notifications-http.module.js';
export * from './notifications-jobs.module.js';
export type { NotificationData, NotificationStatus } from './ledger/notification.entity.js';
export * from './ledger/notification-ledger.service.js';
export * from './ledger/mail-jobs.js';
export * from './outbox-relay/relay-outbox.service.js';
export * from './preferences/notification-preferences.service.js';
export * from './preferences/dto/notification-preferences.dto.js';
export * from './sweeper/prune-outbox.js';
export * from './sweeper/sweep-notifications.service.js';
export * from './unsubscribe/unsubscribe-token.js';
