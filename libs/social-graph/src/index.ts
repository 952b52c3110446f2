// What other features may use: follows and blocks, the introduction rule (told_about), and who may see whom.
export * from './social-graph-core.module.js';
export * from './social-graph-errors.js';
export * from './social-graph-http.module.js';
export * from './social-graph-jobs.module.js';
export { ConnectionReader } from './connected-accounts/connection-reader.js';
export * from './follows/social-graph.service.js';
export { ProfileDirectory } from './directory/profile-directory.service.js';
// Who may see a profile, as SQL: for lists of faces built in another feature's statement.
export { profileVisibleTo } from './directory/profile-visibility.js';
export { ContactImportsService } from './imports/contact-imports.service.js';
export { HowYouKnow, type Tie, type TieNetwork, type TieWay } from './introductions/how-you-know.js';
