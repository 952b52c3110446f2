export * from './outbox-event.entity.js';
export * from './outbox-topics.js';
export * from './outbox.module.js';
export * from './outbox.service.js';
