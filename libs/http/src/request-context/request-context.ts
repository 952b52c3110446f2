// Who asked, from where, under which request id: available to any code a request runs (the audit trail), without
// passing it through every call. Set by RequestContextInterceptor for every route; empty outside a request.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  requestId: string;
  /** The client address as rate limits see it (the socket's, or a trusted proxy's forwarded one). */
  clientAddress: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runInRequestContext = <T>(context: RequestContext, work: () => T): T =>
  storage.run(context, work);

/** The current request's context, or undefined in a worker job or at start-up. */
export const currentRequest = (): RequestContext | undefined => storage.getStore();
