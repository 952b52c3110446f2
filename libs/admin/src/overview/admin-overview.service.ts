// The admin overview: how the site is doing, each number from the service of the feature that owns it.
import { Injectable } from '@nestjs/common';
import { UsersService } from '@neuland/auth';
import { Clock } from '@neuland/config';
import { MeetupReadModel } from '@neuland/meetups';
import { NetworkingOutcome } from '@neuland/networking';
import { NotificationLedger } from '@neuland/notifications';
import { OutboxStore } from '@neuland/outbox';
import { QueueDepths } from '@neuland/queue';
import type { AdminOverviewDto, WeekCountDto } from './admin-overview.dto.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const OVERVIEW_WEEKS = 8;

@Injectable()
export class AdminOverview {
  constructor(
    private readonly clock: Clock,
    private readonly outbox: OutboxStore,
    private readonly ledger: NotificationLedger,
    private readonly queues: QueueDepths,
    private readonly users: UsersService,
    private readonly meetups: MeetupReadModel,
    private readonly networking: NetworkingOutcome,
  ) {}

  async read(): Promise<AdminOverviewDto> {
    const now = this.clock.now();
    const weekStarts = lastWeekStarts(now, OVERVIEW_WEEKS);
    const since = new Date(`${weekStarts[0]}T00:00:00Z`);
    const [backlog, mails, queues, signUps, meetups, met] = await Promise.all([
      this.outbox.backlog(),
      this.ledger.deliveriesSince(new Date(now.getTime() - DAY_MS)),
      this.queues.all(),
      this.users.signUpsPerWeek(since),
      this.meetups.createdPerWeek(since),
      this.networking.perWeek(since),
    ]);
    const metByWeek = new Map(met.map((week) => [week.week, week]));
    const weeks: WeekCountDto[] = weekStarts.map((weekStart) => ({
      weekStart,
      members: signUps.get(weekStart) ?? 0,
      meetups: meetups.get(weekStart) ?? 0,
      metInPersonPairs: metByWeek.get(weekStart)?.metInPersonPairs ?? 0,
      knewOnlineAndMetPairs: metByWeek.get(weekStart)?.knewOnlineAndMetPairs ?? 0,
    }));
    return {
      generatedAt: now.toISOString(),
      outbox: { unrelayed: backlog.count, oldestAgeSeconds: Math.round(backlog.oldestAgeSeconds) },
      mailsLast24Hours: mails,
      queues,
      weeks,
    };
  }
}

/** The Mondays (UTC, `YYYY-MM-DD`) of the last `count` weeks, oldest first, this week's last. */
export function lastWeekStarts(now: Date, count: number): string[] {
  const daysSinceMonday = (now.getUTCDay() + 6) % 7;
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysSinceMonday);
  return Array.from({ length: count }, (_, index) =>
    new Date(monday - (count - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}
