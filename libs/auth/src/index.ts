export * from './account-created-hooks.js';
export * from './auth.module.js';
export * from './authenticated-user.js';
export * from './decorators.js';
export * from './user.entity.js';
export * from './users.service.js';
export * from './dto/access-token.dto.js';
