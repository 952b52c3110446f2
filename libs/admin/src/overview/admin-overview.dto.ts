import { ApiProperty } from '@nestjs/swagger';
import { QUEUES, type QueueName } from '@neuland/queue';

export class OutboxBacklogDto {
  @ApiProperty({ description: 'Outbox rows not yet relayed to the queues.' })
  unrelayed: number;

  @ApiProperty({ description: 'Seconds the oldest of them has waited; 0 when none waits.' })
  oldestAgeSeconds: number;
}

export class MailKindCountDto {
  @ApiProperty({ description: 'The kind of mail (welcome, meetup-reminder, …).' })
  kind: string;

  @ApiProperty()
  sent: number;

  @ApiProperty({ description: 'Refused for good or given up after every retry.' })
  failed: number;
}

export class QueueDepthDto {
  @ApiProperty({ enum: Object.values(QUEUES) })
  queue: QueueName;

  @ApiProperty()
  waiting: number;

  @ApiProperty()
  active: number;

  @ApiProperty({ description: 'Waiting for their time: mails due later, retries after a back-off.' })
  delayed: number;

  @ApiProperty()
  failed: number;
}

export class WeekCountDto {
  @ApiProperty({ description: "The week's Monday (UTC), e.g. 2026-11-23.", format: 'date' })
  weekStart: string;

  @ApiProperty({ description: 'Accounts created that week.' })
  members: number;

  @ApiProperty({ description: 'Meetups created that week.' })
  meetups: number;

  @ApiProperty({ description: 'Pairs who both confirmed "we met" that week.' })
  metInPersonPairs: number;

  @ApiProperty({
    description:
      'Of those, pairs who knew each other only online before (by the introduction rule): the outcome.',
  })
  knewOnlineAndMetPairs: number;
}

export class AdminOverviewDto {
  @ApiProperty({ description: 'When these numbers were read.' })
  generatedAt: string;

  @ApiProperty({ type: OutboxBacklogDto })
  outbox: OutboxBacklogDto;

  @ApiProperty({ type: [MailKindCountDto], description: 'Mails of the last 24 hours, by kind.' })
  mailsLast24Hours: MailKindCountDto[];

  @ApiProperty({ type: [QueueDepthDto] })
  queues: QueueDepthDto[];

  @ApiProperty({ type: [WeekCountDto], description: 'The last eight weeks, oldest first, this week last.' })
  weeks: WeekCountDto[];
}
