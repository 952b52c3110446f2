// `node --import ./record-packages.mjs …`: writes each package the process imports, one per line, to the file named by
// RECORD_PACKAGES_TO.
import { register } from 'node:module';

register('./record-packages-hooks.mjs', import.meta.url, { data: { file: process.env.RECORD_PACKAGES_TO } });
