// A stand-in for the API or the worker: answers /health with its pid and its compile cache setting on the port
// named by its caller.
import { createServer } from 'node:http';

export function serveHealth(port) {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({ status: 'ok', pid: process.pid, compileCache: process.env.NODE_COMPILE_CACHE }),
    );
  });
  server.listen(Number(port), '127.0.0.1');
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
