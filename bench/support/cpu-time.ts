// Where a request's CPU goes: the app's process against PostgreSQL's, read from /proc around a load. On this
// machine the two share two cores, so a route limited by PostgreSQL and one limited by JavaScript look alike in
// req/s; these figures tell them apart. PostgreSQL's share counts every postgres process of the server (its
// background writers too), so it is only exact on a machine where nothing else asks this server for work.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU of one process so far, in clock ticks; 0 for a process that is gone. */
function ticksOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at the state: utime and stime are 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresTicks(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') ticks += ticksOf(Number(entry));
    } catch {
      // gone between the listing and the read
    }
  }
  return ticks;
}

export interface CpuPerRequest {
  /** Microseconds of the app process's CPU per request. */
  appUs: number;
  /** Microseconds of PostgreSQL's CPU per request. */
  postgresUs: number;
}

/** Runs `load` and divides the CPU the app (`pid`) and PostgreSQL spent meanwhile by the requests it made. */
export async function cpuPerRequest<T extends { requests: number }>(
  pid: number,
  load: () => Promise<T>,
): Promise<T & { cpu: CpuPerRequest }> {
  const [app, postgres] = [ticksOf(pid), postgresTicks()];
  const result = await load();
  const perRequest = (ticks: number) =>
    Math.round((ticks * 1_000_000) / TICKS_PER_SECOND / Math.max(1, result.requests));
  return {
    ...result,
    cpu: { appUs: perRequest(ticksOf(pid) - app), postgresUs: perRequest(postgresTicks() - postgres) },
  };
}
