// Every migration, in order. Listed by hand so that the API, the CLI and the tests run the same set in any build.
import { CreateUsers1764100000000 } from './1764100000000-CreateUsers.js';
import { CreateOutbox1764100000001 } from './1764100000001-CreateOutbox.js';
import { CreateNotificationLedger1764500000000 } from './1764500000000-CreateNotificationLedger.js';

export const migrations = [
  CreateUsers1764100000000,
  CreateOutbox1764100000001,
  CreateNotificationLedger1764500000000,
];
