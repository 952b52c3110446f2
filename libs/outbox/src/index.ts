export * from './outbox-topics.js';
export * from './outbox.module.js';
export * from './outbox.service.js';
export * from './outbox-store.js';
