// A port for a server a test starts itself (a child process, a redis-server, an API whose address must be known
// before it starts). Chosen below Linux's ephemeral range (32768–60999): a port found by listening on 0 and closing
// again can be taken by any outgoing connection (a database client of another test) before the server binds it.
import { createServer } from 'node:net';

const LOWEST = 20_000;
const HIGHEST = 31_999;

export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST + 1));
    if (await isFree(port)) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
