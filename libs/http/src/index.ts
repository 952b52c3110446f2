export * from './api-error.js';
export * from './api-exception.filter.js';
export * from './pagination.js';
export * from './validation.js';
export * from './keyset-page.js';
