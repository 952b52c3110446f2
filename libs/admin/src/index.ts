export * from './admin-http.module.js';
export * from './queue-dashboard/queue-dashboard.js';
