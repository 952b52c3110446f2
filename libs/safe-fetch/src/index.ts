export * from './public-address.js';
export * from './safe-fetch.error.js';
export * from './safe-fetch.js';
export * from './safe-fetch.module.js';
