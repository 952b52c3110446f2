// autocannon with the benchmark's settings; a run with refused or failed requests says so.
import autocannon from 'autocannon';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

export interface Load {
  requestsPerSecond: number;
  requests: number;
  p99: number;
  /** Set when some requests were refused or failed: such a run measures nothing. */
  failure?: string;
}

export async function load(options: autocannon.Options): Promise<Load> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const errors = result.errors + result.timeouts;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    p99: result.latency.p99,
    failure:
      result.non2xx > 0 || errors > 0 ? `${result.non2xx} non-2xx answers, ${errors} errors` : undefined,
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
