// ioredis leaves a client that is told to disconnect while it waits for its next reconnect attempt in `reconnecting`
// for good: the retry timer is cleared and no socket is left to emit `close`, so `end` never comes and the commands
// it holds never settle (redis/ioredis#2169). BullMQ's Worker.close() waits for that `end` (taskforcesh/bullmq#4656):
// a worker closed in the second before its connections found Redis back never finished closing. This ends such a
// client the way ioredis ends one it gives up on.
import { Redis } from 'ioredis';

/** What ioredis keeps, but does not declare, to wait for its next attempt and to end a client. */
interface EndableRedis {
  status: string;
  reconnectTimeout: NodeJS.Timeout | null;
  disconnect: (this: EndableRedis, reconnect?: boolean) => void;
  setStatus(status: 'end'): void;
  flushQueue(error: Error): void;
}

const INSTALLED = Symbol.for('neuland.endClientsClosedWhileReconnecting');

/** Installed once per process, before the first client exists; every client, BullMQ's own included, then ends. */
export function endClientsClosedWhileReconnecting(): void {
  const prototype = Redis.prototype as unknown as EndableRedis & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const disconnect = prototype.disconnect;
  prototype.disconnect = function (this: EndableRedis, reconnect = false) {
    if (reconnect || this.status !== 'reconnecting') return disconnect.call(this, reconnect);
    // No socket is left to close: cancel the next attempt and end here, as ioredis's close handler would.
    if (this.reconnectTimeout) clearTimeout(this.reconnectTimeout);
    this.reconnectTimeout = null;
    this.setStatus('end');
    // ioredis's own message for commands on a closed connection, which BullMQ recognises as a connection error.
    this.flushQueue(new Error('Connection is closed.'));
  };
  prototype[INSTALLED] = true;
}
