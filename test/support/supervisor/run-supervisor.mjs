// `npm start`'s process supervision and shutdown, with other entries than the built API and worker:
// node run-supervisor.mjs <api entry> <worker entry>
import { startProcesses } from '../../../scripts/start/processes.mjs';
import { log } from '../../../scripts/start/log.mjs';
import { stopOnSignals } from '../../../scripts/start/shutdown.mjs';

const [api, worker] = process.argv.slice(2);
const { whenStopping, stopAll } = stopOnSignals();
const processes = startProcesses(process.env, { api, worker });
whenStopping(processes.stop);
try {
  await processes.started;
  log('supervising');
} catch (error) {
  log(error.message);
  await stopAll(1);
}
