// The read routes against the SELECT 1 route, three times over, and the memory of the API and the worker after
// each round: the figures are the rounds' medians, so one noisy neighbour on the shared machine skews less.
import { emitRow, loadNow } from '../support/rows.js';
import type { Child } from './child.js';
import type { Fixture } from './fixture.js';
import { type CpuPerRequest, cpuPerRequest } from '../support/cpu-time.js';
import { load, median, type Load } from './load.js';

const ROUNDS = 3;

type Measured = Load & { cpu: CpuPerRequest };

/** Each side's median over the rounds. */
const medianCpu = (runs: Measured[]): CpuPerRequest => ({
  appUs: median(runs.map((run) => run.cpu.appUs)),
  postgresUs: median(runs.map((run) => run.cpu.postgresUs)),
});
const MB = 1024 * 1024;

interface ReadRoute {
  what: string;
  path: (fixture: Fixture) => string;
  token?: (fixture: Fixture) => string;
  target: number;
}

const ROUTES: ReadRoute[] = [
  {
    what: 'GET /api/v1/meetups/:id, anonymous',
    path: (f) => `/api/v1/meetups/${f.readMeetupId}`,
    target: 0.5,
  },
  {
    what: 'GET /api/v1/meetups/:id, with a token',
    path: (f) => `/api/v1/meetups/${f.readMeetupId}`,
    token: (f) => f.tokens[7],
    target: 0.5,
  },
  { what: 'GET /api/v1/meetups?limit=100', path: () => '/api/v1/meetups?limit=100', target: 0.2 },
  {
    what: 'GET /api/v1/meetups?limit=100, with a token',
    path: () => '/api/v1/meetups?limit=100',
    token: (f) => f.tokens[7],
    target: 0.2,
  },
  {
    what: 'GET /api/v1/meetups?limit=100&city=Hamburg',
    path: () => '/api/v1/meetups?limit=100&city=Hamburg',
    target: 0.2,
  },
  { what: 'GET /m/:id (HTML with link-preview tags)', path: (f) => `/m/${f.readMeetupId}`, target: 0.5 },
  {
    what: 'GET …/people-you-know (knows 50 of 500 going)',
    path: (f) => `/api/v1/meetups/${f.peopleMeetupId}/people-you-know`,
    token: (f) => f.viewerToken,
    target: 0.3,
  },
];

/** `BENCH_READS=/m/` loads only the routes whose description contains it: a CPU profile of one route. */
const measuredRoutes = () => ROUTES.filter((route) => route.what.includes(process.env.BENCH_READS ?? ''));

export async function measureReads(
  base: string,
  fixture: Fixture,
  api: Child<unknown>,
  worker: Child<unknown>,
) {
  const ceilings: Measured[] = [];
  const routes = measuredRoutes();
  const figures: Measured[][] = routes.map(() => []);
  const measured = (options: Parameters<typeof load>[0]) => cpuPerRequest(api.pid, () => load(options));
  const apiRss: number[] = [];
  const workerRss: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    ceilings.push(await measured({ url: `${base}/bench/select-1` }));
    for (const [index, route] of routes.entries()) {
      const token = route.token?.(fixture);
      figures[index].push(
        await measured({
          url: `${base}${route.path(fixture)}`,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      );
    }
    apiRss.push(await api.rss());
    workerRss.push(await worker.rss());
  }
  const ceiling = median(ceilings.map((run) => run.requestsPerSecond));
  const ceilingFailure = ceilings.find((run) => run.failure)?.failure;
  for (const [index, route] of routes.entries()) {
    emitRow({
      what: route.what,
      figure: median(figures[index].map((run) => run.requestsPerSecond)),
      unit: 'req/s',
      ceilingName: 'SELECT 1 route',
      ceiling,
      kind: 'ratio',
      target: route.target,
      voidBecause: ceilingFailure ?? figures[index].find((run) => run.failure)?.failure,
      cpu: medianCpu(figures[index]),
      ceilingCpu: medianCpu(ceilings),
    });
  }
  const load1 = loadNow();
  const memory = (what: string, figure: number, limit: number) =>
    emitRow({
      what,
      figure,
      unit: 'MB',
      ceilingName: 'limit',
      ceiling: limit,
      kind: 'max',
      target: 1,
      load: load1,
    });
  memory('API RSS after the read benchmark', Math.round(apiRss.at(-1)! / MB), 150);
  memory('worker RSS after the read benchmark', Math.round(workerRss.at(-1)! / MB), 120);
  // Growth from the first round to the last: a leak grows with every round, a warm heap does not.
  memory('API RSS growth over rounds 1 → 3', Math.round((apiRss.at(-1)! - apiRss[0]) / MB), 10);
  memory('worker RSS growth over rounds 1 → 3', Math.round((workerRss.at(-1)! - workerRss[0]) / MB), 10);
}
