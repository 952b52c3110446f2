export * from './profiles.module.js';
export * from './profiles.service.js';
export * from './profile-settings.js';
export * from './verification/social-verification.module.js';
export { SocialProofChecker } from './verification/social-proof-checker.js';
