// What other features may use: profiles and their settings, accounts elsewhere, and how handles are spelled.
// In SQL, other features read profiles through the view member_profile (and member_social_account) only.
export * from './profiles-core.module.js';
export * from './profiles-errors.js';
export * from './profiles-http.module.js';
export * from './profiles-jobs.module.js';
export * from './profiles.service.js';
export * from './profile-settings.js';
export * from './profile-summary.js';
export * from './dto/profile.dto.js';
export * from './social-accounts/social-accounts.service.js';
export * from './social-accounts/social-handles.js';
export * from './social-accounts/email-key.js';
export * from './social-accounts/dto/social-account.dto.js';
export { SocialProofChecker } from './verification/social-proof-checker.js';
export { takeVerifiedAccount, type VerifiedClaim } from './verification/verified-account.js';
export { originFor, parseOriginOverrides, type OriginOverrides } from './verification/remote-origins.js';
// Circles' slugs share the handles' spelling and reservations: both are top-level names beside the app's own.
export { HANDLE_PATTERN, handleFromDisplayName } from './handle-slug.js';
export { isReservedHandle } from './reserved-handles.js';
