import { describe, expect, it } from '@jest/globals';
import { loadConfig } from './app-config.js';

describe('the Redis settings', () => {
  it('refuses a cluster whose queue prefix is no hash tag, naming QUEUE_PREFIX', () => {
    expect(() => loadConfig({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: 'neuland' })).toThrow(
      /^Invalid configuration: QUEUE_PREFIX must be a hash tag such as \{neuland\}/,
    );
  });

  it('takes a cluster with a hash-tagged prefix', () => {
    expect(loadConfig({ REDIS_CLUSTER: 'true', QUEUE_PREFIX: '{neuland}' }).redis).toMatchObject({
      cluster: true,
      queuePrefix: '{neuland}',
    });
  });
});
