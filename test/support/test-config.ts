import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@neuland/config';

/**
 * The configuration of one test file: the run's own database, a queue prefix of its own
 * (so parallel files never take each other's jobs), quiet logs.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const databaseUrl = process.env.NEULAND_TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error('NEULAND_TEST_DATABASE_URL is set by test/global-setup.ts; run tests with npm test');
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    WORKER_PORT: '0',
    LOG_LEVEL: 'silent',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATIONS_RUN: 'false',
    QUEUE_PREFIX: `neuland-test-${randomBytes(6).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    APP_URL: 'http://neuland.test',
    MAIL_DIR: `var/test-mail/${randomBytes(6).toString('hex')}`,
    MEDIA_DIR: `var/test-media/${randomBytes(6).toString('hex')}`,
    OUTBOX_POLL_MS: '100',
    SHUTDOWN_GRACE_MS: '3000',
    ...overrides,
  });
}
