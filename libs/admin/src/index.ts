export * from './admin-commands.module.js';
export * from './admin-core.module.js';
export * from './admin-errors.js';
export * from './admin-http.module.js';
export * from './admin-jobs.module.js';
export * from './first-admin/role-grants.js';
export * from './queue-dashboard/queue-dashboard.js';
