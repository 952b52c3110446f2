export * from './database.module.js';
export * from './ensure-database.js';
export * from './snake-naming.strategy.js';
export * from './typeorm-options.js';
export * from './unique-violation.js';
export * from './prepared-statement.js';
