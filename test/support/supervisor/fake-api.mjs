import { serveHealth } from './health-server.mjs';

serveHealth(process.env.PORT);
