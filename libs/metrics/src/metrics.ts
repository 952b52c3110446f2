// The process's Prometheus registry and the metrics every lib reports into: request durations (the API), mails per
// kind (the worker), and what is read at scrape time (queue depths, the outbox's lag). Each process keeps its own
// counters; Prometheus adds them up across processes.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxStore } from '@neuland/outbox';
import { QUEUE_STATES, QueueDepths } from '@neuland/queue';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What a mail came to: sent, refused for good, or put off for another try. */
export type MailOutcome = 'sent' | 'failed' | 'deferred';

@Injectable()
export class Metrics implements OnModuleInit {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'neuland_http_request_duration_seconds',
    help: 'Time from request to response, by route pattern',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly mails = new Counter({
    name: 'neuland_mails_total',
    help: 'Mails this process tried to deliver, by kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(
    private readonly queues: QueueDepths,
    private readonly outbox: OutboxStore,
  ) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry, prefix: 'neuland_' });
    const queues = this.queues;
    new Gauge({
      name: 'neuland_queue_jobs',
      help: 'Jobs in each queue by state, read when scraped',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const depth of await queues.all()) {
          for (const state of QUEUE_STATES) this.set({ queue: depth.queue, state }, depth[state]);
        }
      },
    });
    const outbox = this.outbox;
    const backlog = () => outbox.backlog();
    new Gauge({
      name: 'neuland_outbox_unrelayed_events',
      help: 'Outbox rows not yet relayed to the queues',
      registers: [this.registry],
      async collect() {
        this.set((await backlog()).count);
      },
    });
    new Gauge({
      name: 'neuland_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet relayed (0 when none waits)',
      registers: [this.registry],
      async collect() {
        this.set((await backlog()).oldestAgeSeconds);
      },
    });
  }

  mailDelivered(kind: string, outcome: MailOutcome): void {
    this.mails.inc({ kind, outcome });
  }
}
