export * from './mail-transport.js';
export * from './mail.module.js';
export * from './rendered-mail.js';
export * from './templates/render-mail.js';
