export * from './html-page.js';
export * from './mail-transport.js';
export * from './mail.module.js';
export * from './rendered-mail.js';
