import { log } from './log.mjs';

/** Ctrl-C and SIGTERM stop everything registered with `whenStopping`, last registered first, then exit. */
export function stopOnSignals() {
  const stops = [];
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    for (const stop of stops.reverse())
      await stop().catch((error) => log(`while stopping: ${error.message}`));
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  return { whenStopping: (stop) => stops.push(stop), stopAll };
}
