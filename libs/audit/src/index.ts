export * from './audit-trail.js';
export * from './audit.module.js';
