export * from './social-graph.module.js';
export * from './social-graph.service.js';
export * from './social-accounts.service.js';
export * from './social-handles.js';
export { emailKey } from './email-key.js';
export * from './dto/social-account.dto.js';
export { ContactImportsService } from './imports/contact-imports.service.js';
