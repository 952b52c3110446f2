import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';
import type { OutboxTopic, OutboxTopics } from './outbox-topics.js';

export interface OutboxRecord<T extends OutboxTopic> {
  topic: T;
  subjectId?: string;
  payload: OutboxTopics[T];
}

@Injectable()
export class OutboxService {
  /**
   * Records events with the caller's transaction manager: they commit or roll back together with the change,
   * so nothing is lost when Redis is down and nothing is announced that did not happen.
   */
  async record<T extends OutboxTopic>(
    transaction: EntityManager,
    ...records: OutboxRecord<T>[]
  ): Promise<void> {
    if (records.length === 0) return;
    if (!transaction.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.record needs the EntityManager of an open transaction');
    }
    await transaction.insert(
      OutboxEvent,
      records.map((record) => ({
        topic: record.topic,
        subjectId: record.subjectId ?? null,
        payload: record.payload,
      })),
    );
  }
}
