export * from './admin-http.module.js';
