// What the apps may use: the networking features' modules.
export * from './networking-room.module.js';
