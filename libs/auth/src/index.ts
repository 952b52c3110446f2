export * from './auth.module.js';
export * from './authenticated-user.js';
export * from './clock.js';
export * from './decorators.js';
export * from './email-verification/require-verified-email.js';
export * from './user.entity.js';
export * from './users.service.js';
export * from './dto/access-token.dto.js';
