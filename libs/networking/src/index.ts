export * from './networking-room.module.js';
