// The validated configuration, grouped by area. Built once per process from the environment.
import { randomBytes } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables, type NodeEnv } from './environment.schema.js';
import { StartupError } from './startup.js';

export interface AppConfig {
  app: {
    env: NodeEnv;
    port: number;
    workerPort: number;
    url: string;
    corsOrigins: string[];
    trustedProxies: string[];
    logLevel: string;
    /** /docs and /docs-json are served. */
    apiDocs: boolean;
  };
  database: { url: string; migrationsRun: boolean };
  /** `cluster`: `url` names one node of a Redis Cluster. */
  redis: { url: string; queuePrefix: string; cluster: boolean };
  /** The bearer token of /metrics; without one, /metrics is not served. */
  metrics: { token?: string };
  mail: { smtpUrl?: string; from: string; devMailboxDir: string; perSecond: number };
  auth: { jwtSecret: string; jwtTtlSeconds: number; loginAttemptsPerMinute: number };
  socialGraph: { contactKeySecret: string };
  safeFetch: { allowedAddresses: string[]; timeoutMs: number; maxBytes: number };
  legal: { imprintFile?: string; privacyPolicyFile?: string };
  verification: { originOverrides: string; blueskyAppViewUrl: string; recheckHours: number };
  /** Connected Mastodon and Bluesky accounts: token keys (the first seals), how often they are read again. */
  connections: {
    tokenKeys: Array<{ id: string; key: Buffer }>;
    readEveryHours: number;
    retryBaseMs: number;
  };
  notifications: {
    outboxPollMs: number;
    sweepEveryMs: number;
    outboxRetentionDays: number;
    unsubscribeSecret: string;
    shutdownGraceMs: number;
    reminderOffsetsMs: number[];
    introductionsLeadMs: number;
  };
  invitations: { perOrganiserPerDay: number; ttlDays: number };
  /** Seats: how long a handed-over seat waits for its taker; when kept newcomer seats open to everyone. */
  seats: { offerHours: number; newcomerSeatsOpenHours: number };
  /** Buddies are paired this long before a meetup starts. */
  networking: { buddyPairingLeadMs: number };
  /** A circle's series: how far ahead the worker makes its occurrences. */
  circles: { seriesWindowWeeks: number };
  /** Uploaded images: on disk under `dir` unless `s3Url` names an S3-compatible bucket. */
  media: { dir: string; s3Url?: string };
  admin: { emails: string[] };
}

// Development and tests share a fixed key: imported e-mail hashes must stay matchable across restarts.
const DEVELOPMENT_CONTACT_KEY_SECRET = 'neuland-development-contact-key-not-for-production';

// Development and tests share a fixed key: sealed tokens stay readable across restarts. Production must set its own.
const DEVELOPMENT_CONNECTION_TOKEN_KEYS = 'dev:bmV1bGFuZC1kZXZlbG9wbWVudC10b2tlbi1rZXktISE=';

// Development only: unsubscribe links keep working across restarts. Production must set its own.
const DEVELOPMENT_UNSUBSCRIBE_SECRET = 'neuland-development-unsubscribe-secret-do-not-use';

const listOf = (commaSeparated: string) =>
  commaSeparated
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** Thrown for a configuration that cannot work; its message is one line naming the variable. */
export class ConfigurationError extends StartupError {
  constructor(
    readonly variable: string,
    problem: string,
    value: unknown,
  ) {
    super(`Invalid configuration: ${variable} ${problem} (got ${JSON.stringify(value)})`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, present);
  const [failure] = validateSync(vars, { skipMissingProperties: false });
  if (failure) {
    const problem = Object.values(failure.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigurationError(failure.property, problem, env[failure.property]);
  }
  if (vars.NODE_ENV === 'production' && !vars.JWT_SECRET) {
    throw new ConfigurationError(
      'JWT_SECRET',
      'is required in production (at least 32 characters)',
      undefined,
    );
  }
  if (vars.NODE_ENV === 'production' && !vars.CONTACT_KEY_SECRET) {
    throw new ConfigurationError(
      'CONTACT_KEY_SECRET',
      'is required in production (at least 32 characters)',
      undefined,
    );
  }
  if (vars.NODE_ENV === 'production' && !vars.CONNECTION_TOKEN_KEYS) {
    throw new ConfigurationError(
      'CONNECTION_TOKEN_KEYS',
      'is required in production (id:base64key with a 32-byte key)',
      undefined,
    );
  }
  // A cluster runs a Lua script only on keys of one slot: every key of a queue must share the hash tag.
  if (vars.REDIS_CLUSTER && !/^\{[^{}]+\}$/.test(vars.QUEUE_PREFIX)) {
    throw new ConfigurationError(
      'QUEUE_PREFIX',
      'must be a hash tag such as {neuland} when REDIS_CLUSTER is true',
      vars.QUEUE_PREFIX,
    );
  }
  if (vars.NODE_ENV === 'production' && !vars.UNSUBSCRIBE_SECRET) {
    throw new ConfigurationError(
      'UNSUBSCRIBE_SECRET',
      'is required in production (at least 32 characters)',
      undefined,
    );
  }
  return {
    app: {
      env: vars.NODE_ENV,
      port: vars.PORT,
      workerPort: vars.WORKER_PORT,
      url: (vars.APP_URL ?? `http://localhost:${vars.PORT}`).replace(/\/$/, ''),
      corsOrigins: listOf(vars.CORS_ORIGINS),
      trustedProxies: listOf(vars.TRUSTED_PROXIES),
      logLevel: vars.LOG_LEVEL,
      // The documentation lists every route and field: a production site shows it only when told to.
      apiDocs: vars.API_DOCS ?? vars.NODE_ENV !== 'production',
    },
    database: { url: vars.DATABASE_URL, migrationsRun: vars.DATABASE_MIGRATIONS_RUN },
    redis: { url: vars.REDIS_URL, queuePrefix: vars.QUEUE_PREFIX, cluster: vars.REDIS_CLUSTER },
    metrics: { token: vars.METRICS_TOKEN },
    mail: {
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM,
      devMailboxDir: vars.MAIL_DIR,
      perSecond: vars.MAIL_PER_SECOND,
    },
    auth: {
      // Development gets a fresh secret per start: tokens simply expire on restart.
      jwtSecret: vars.JWT_SECRET ?? randomBytes(32).toString('hex'),
      jwtTtlSeconds: vars.JWT_TTL_SECONDS,
      loginAttemptsPerMinute: vars.LOGIN_ATTEMPTS_PER_MINUTE,
    },
    socialGraph: { contactKeySecret: vars.CONTACT_KEY_SECRET ?? DEVELOPMENT_CONTACT_KEY_SECRET },
    safeFetch: {
      allowedAddresses: listOf(vars.SAFE_FETCH_ALLOWED_ADDRESSES),
      timeoutMs: vars.SAFE_FETCH_TIMEOUT_MS,
      maxBytes: vars.SAFE_FETCH_MAX_BYTES,
    },
    legal: { imprintFile: vars.IMPRINT_FILE, privacyPolicyFile: vars.PRIVACY_POLICY_FILE },
    verification: {
      originOverrides: vars.VERIFICATION_ORIGIN_OVERRIDES,
      blueskyAppViewUrl: vars.BLUESKY_APPVIEW_URL.replace(/\/$/, ''),
      recheckHours: vars.SOCIAL_RECHECK_HOURS,
    },
    connections: {
      tokenKeys: (vars.CONNECTION_TOKEN_KEYS ?? DEVELOPMENT_CONNECTION_TOKEN_KEYS).split(',').map((entry) => {
        const [id, key] = entry.split(':');
        return { id, key: Buffer.from(key, 'base64') };
      }),
      readEveryHours: vars.CONNECTIONS_READ_EVERY_HOURS,
      retryBaseMs: vars.CONNECTIONS_RETRY_BASE_MS,
    },
    notifications: {
      outboxPollMs: vars.OUTBOX_POLL_MS,
      sweepEveryMs: vars.NOTIFICATIONS_SWEEP_MS,
      outboxRetentionDays: vars.OUTBOX_RETENTION_DAYS,
      unsubscribeSecret: vars.UNSUBSCRIBE_SECRET ?? DEVELOPMENT_UNSUBSCRIBE_SECRET,
      shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
      reminderOffsetsMs: vars.REMINDER_HOURS_BEFORE.split(',').map((hours) => Number(hours) * 3_600_000),
      introductionsLeadMs: vars.INTRODUCTIONS_HOURS_BEFORE * 3_600_000,
    },
    invitations: {
      perOrganiserPerDay: vars.INVITATIONS_PER_ORGANISER_PER_DAY,
      ttlDays: vars.INVITATION_TTL_DAYS,
    },
    seats: {
      offerHours: vars.SEAT_OFFER_HOURS,
      newcomerSeatsOpenHours: vars.NEWCOMER_SEATS_OPEN_HOURS,
    },
    networking: { buddyPairingLeadMs: vars.BUDDIES_HOURS_BEFORE * 3_600_000 },
    circles: { seriesWindowWeeks: vars.SERIES_WINDOW_WEEKS },
    media: { dir: vars.MEDIA_DIR, s3Url: vars.MEDIA_S3_URL },
    admin: { emails: listOf(vars.ADMIN_EMAILS) },
  };
}
