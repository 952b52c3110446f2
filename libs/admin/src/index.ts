export * from './admin-core.module.js';
export * from './admin-errors.js';
export * from './admin-http.module.js';
export * from './admin-jobs.module.js';
