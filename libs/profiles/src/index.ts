export * from './profiles.module.js';
export * from './profiles.service.js';
export * from './profile-settings.js';
