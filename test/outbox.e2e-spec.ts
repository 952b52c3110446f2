import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxService } from '@neuland/outbox';
import { OutboxEvent } from '../libs/outbox/src/outbox-event.entity.js';
import { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';

describe('transactional outbox', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  let outbox: OutboxService;

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
    outbox = api.app.get(OutboxService);
  });
  afterAll(() => api.close());

  const eventsWithNote = (note: string) =>
    dataSource
      .getRepository(OutboxEvent)
      .createQueryBuilder('event')
      .where(`event.payload->>'note' = :note`, { note })
      .getMany();

  it('keeps an event recorded in a transaction that commits', async () => {
    const note = `committed-${Date.now()}`;
    await dataSource.transaction((manager) =>
      outbox.record(manager, { topic: 'outbox.ping', payload: { note } }),
    );
    const [event] = await eventsWithNote(note);
    expect(event).toMatchObject({ topic: 'outbox.ping', relayedAt: null });
  });

  it('drops an event recorded in a transaction that rolls back', async () => {
    const note = `rolled-back-${Date.now()}`;
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.record(manager, { topic: 'outbox.ping', payload: { note } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsWithNote(note)).toEqual([]);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(
      outbox.record(dataSource.manager, { topic: 'outbox.ping', payload: { note: 'x' } }),
    ).rejects.toThrow(/open transaction/);
  });
});
