export * from './job-map.js';
export * from './job-options.js';
export * from './job-payloads.js';
export * from './jobs.js';
export * from './queue-depths.js';
export * from './queue-names.js';
export * from './queue.module.js';
export * from './redis-connection.js';
