export * from './app-config.js';
export * from './config.module.js';
export * from './environment.schema.js';
export * from './startup.js';
export * from './clock.js';
