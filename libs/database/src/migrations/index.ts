// Every migration, in order. Listed by hand so that the API, the CLI and the tests run the same set in any build.
import { CreateUsers1764100000000 } from './1764100000000-CreateUsers.js';
import { CreateOutbox1764100000001 } from './1764100000001-CreateOutbox.js';
import { CreateSessionsAndAccountTokens1764600000000 } from './1764600000000-CreateSessionsAndAccountTokens.js';
import { CreateDataExports1764600000001 } from './1764600000001-CreateDataExports.js';

export const migrations = [
  CreateUsers1764100000000,
  CreateOutbox1764100000001,
  CreateSessionsAndAccountTokens1764600000000,
  CreateDataExports1764600000001,
];
