// The queue dashboard (bull-board) at /admin/queues: every queue's jobs, failed ones with their error, retry and
// clean. Bull-board's routes are Fastify's, not Nest's, so the global guard does not see them: the hook below asks
// CallerIdentity the same questions for the page, its static files and its API alike.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { ForbiddenException, HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CallerIdentity } from '@neuland/auth';
import { HttpError } from '@neuland/http';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** `appUrl`: the site's origin; a cookie session's retry or clean must come from a page of it. */
export async function mountQueueDashboard(app: NestFastifyApplication, appUrl: string): Promise<void> {
  const callers = app.get(CallerIdentity);
  const origin = new URL(appUrl).origin;
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map(
      (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
    ),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Neuland' } },
  });

  const adminsOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const user = await callers.identify(request, { required: true, csrf: { origin } });
      if (user!.role !== 'admin') {
        throw new ForbiddenException({ error: HttpError.FORBIDDEN, message: 'This needs the role admin.' });
      }
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const body = error.getResponse() as { error: string; message: string };
      return reply
        .code(error.getStatus())
        .send({ statusCode: error.getStatus(), error: body.error, message: body.message });
    }
  };
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', adminsOnly);
      await scope.register(board.registerPlugin() as never);
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
