// `node --require ./record-required-packages.cjs …`: when the process is told to stop (SIGTERM), appends the folder
// of each package it loaded through require() or as CommonJS through import (node_modules/pg,
// node_modules/a/node_modules/b) to the file named by RECORD_PACKAGES_TO.
const { appendFileSync } = require('node:fs');

const packageFolder = (file) =>
  /node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/]+(?=\/)/.exec(file)?.[0];

// Before Nest's own handler, which ends the process by raising the signal again: no 'exit' event then.
process.prependOnceListener('SIGTERM', () => {
  const folders = new Set(Object.keys(require.cache).flatMap((file) => packageFolder(file) ?? []));
  appendFileSync(process.env.RECORD_PACKAGES_TO, [...folders].map((folder) => `${folder}\n`).join(''));
});
