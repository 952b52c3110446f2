// A process started as the API and the worker are, through startProcess, that stays up once started: whether it
// wrote its compile cache is seen while it still runs.
import { startProcess } from '../../../libs/config/src/startup.js';

startProcess('test process', async () => {
  await import('pg');
  process.stdout.write('started\n');
});
setInterval(() => undefined, 60_000);
