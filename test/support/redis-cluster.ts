// A Redis Cluster of the test's own: three redis-server nodes with cluster mode on, on free ports, their files in a
// temporary folder, joined by `redis-cli --cluster create` (each node one third of the slots, no replicas).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort } from './free-port.js';
import { until } from './until.js';

const run = promisify(execFile);

export interface RedisCluster {
  /** One node's address: the clients find the others from it. */
  url: string;
  ports: number[];
  stop: () => Promise<void>;
}

export async function startRedisCluster(size = 3): Promise<RedisCluster> {
  const folder = await mkdtemp(join(tmpdir(), 'neuland-redis-cluster-'));
  const ports: number[] = [];
  for (let index = 0; index < size; index += 1) ports.push(await freePort());
  const nodes: ChildProcess[] = ports.map((port) =>
    spawn(
      'redis-server',
      [
        ...['--port', String(port), '--bind', '127.0.0.1', '--dir', folder],
        ...['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`],
        ...['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
      ],
      { stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    await Promise.all(
      nodes.map(async (node) => {
        if (node.exitCode !== null) return;
        const exited = new Promise((resolve) => node.once('exit', resolve));
        node.kill('SIGKILL');
        await exited;
      }),
    );
    await rm(folder, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      await until(
        () =>
          run('redis-cli', ['-p', String(port), 'ping']).then(
            ({ stdout }) => stdout.trim() === 'PONG',
            () => false,
          ),
        { what: `the cluster node on port ${port} to answer` },
      );
    }
    await run('redis-cli', [
      '--cluster',
      'create',
      ...ports.map((port) => `127.0.0.1:${port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    for (const port of ports) {
      const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true });
      try {
        await until(async () => /cluster_state:ok/.test(await client.cluster('INFO')), {
          what: `the cluster node on port ${port} to see every slot served`,
        });
      } finally {
        client.disconnect();
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${ports[0]}`, ports, stop };
}
