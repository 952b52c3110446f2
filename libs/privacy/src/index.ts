// What other features use: the registry they register their members' data with (export and erasure).
export * from './privacy-core.module.js';
export * from './privacy-errors.js';
export * from './privacy-http.module.js';
export * from './privacy-jobs.module.js';
export * from './personal-data/personal-data-registry.js';
