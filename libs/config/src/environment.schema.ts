// Every environment variable Neuland reads, with its default and its rule. `config/neuland.env.example` documents them.
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const BOOLEANS = new Map([
  ...['true', '1', 'yes', 'on'].map((word) => [word, true] as const),
  ...['false', '0', 'no', 'off'].map((word) => [word, false] as const),
]);
// Anything else stays a string, so that a typo stops the process instead of quietly meaning false.
const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (BOOLEANS.get(value.trim().toLowerCase()) ?? value) : value;
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export class EnvironmentVariables {
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number from 0 to 65535' })
  @Min(0, { message: 'must be a whole number from 0 to 65535' })
  @Max(65535, { message: 'must be a whole number from 0 to 65535' })
  PORT: number = 3000;

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number from 0 to 65535' })
  @Min(0, { message: 'must be a whole number from 0 to 65535' })
  @Max(65535, { message: 'must be a whole number from 0 to 65535' })
  WORKER_PORT: number = 3001;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/.*)?$/, { message: 'must be an http(s) URL such as http://localhost:3000' })
  APP_URL?: string;

  @Matches(/^postgres(ql)?:\/\/[^\s/]+\/[^\s/?]+(\?.*)?$/, {
    message:
      'must be a postgres:// URL with a database name, e.g. postgres://postgres@127.0.0.1:5432/neuland',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/neuland';

  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DATABASE_MIGRATIONS_RUN: boolean = true;

  @Matches(/^rediss?:\/\/[^\s/]+(\/\d+)?$/, {
    message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379',
  })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** REDIS_URL names one node of a Redis Cluster (or Valkey cluster); the others are found from it. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  REDIS_CLUSTER: boolean = false;

  @Matches(/^[^:\s]+$/, {
    message: 'must be a word without colons, e.g. neuland or {neuland} for Redis Cluster',
  })
  QUEUE_PREFIX: string = 'neuland';

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587',
  })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3, { message: 'must be a sender address such as "Neuland <hallo@neuland.example>"' })
  MAIL_FROM: string = 'Neuland <hallo@neuland.local>';

  @IsString()
  MAIL_DIR: string = 'var/mail';

  @IsString()
  MEDIA_DIR: string = 'var/media';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s:@/]+:[^\s@/]+@[^\s/]+\/[^\s/?]+(\?region=[\w-]+)?$/, {
    message:
      'must be an http(s) URL with key, secret and bucket, e.g. https://KEY:SECRET@s3.example.org/bucket?region=eu-central-1',
  })
  MEDIA_S3_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  JWT_SECRET?: string;

  /** Keys the hashes of imported e-mail addresses: without it the hashes cannot be matched or reversed. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  CONTACT_KEY_SECRET?: string;

  @Transform(toInteger)
  @IsInt({ message: 'must be a number of seconds' })
  @Min(60, { message: 'must be at least 60 seconds' })
  JWT_TTL_SECONDS: number = 900;

  /** Serves the API documentation at /docs and /docs-json. Unset: on in development and test, off in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  API_DOCS?: boolean;

  @IsString()
  CORS_ORIGINS: string = '';

  /** Comma-separated e-mail addresses whose (verified) accounts are made admins when the api starts. */
  @IsString()
  ADMIN_EMAILS: string = '';

  /**
   * Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. Empty: the
   * socket's peer is the client (rate limits then count per connecting address, whatever headers say).
   */
  @Matches(/^[0-9a-fA-F.:/,\s]*$/, { message: 'must be IP addresses or CIDR ranges separated by commas' })
  TRUSTED_PROXIES: string = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be a pino level' })
  LOG_LEVEL: string = 'info';

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  LOGIN_ATTEMPTS_PER_MINUTE: number = 10;

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  MAIL_PER_SECOND: number = 20;

  /** Comma-separated addresses or CIDR ranges remote checks may reach although not public (tests' local fakes). */
  @IsString()
  SAFE_FETCH_ALLOWED_ADDRESSES: string = '';

  @Transform(toInteger)
  @IsInt({ message: 'must be a number of milliseconds' })
  @Min(100, { message: 'must be at least 100 milliseconds' })
  SAFE_FETCH_TIMEOUT_MS: number = 5000;

  @Transform(toInteger)
  @IsInt({ message: 'must be a number of bytes' })
  @Min(1024, { message: 'must be at least 1024 bytes' })
  SAFE_FETCH_MAX_BYTES: number = 1024 * 1024;

  /** A UTF-8 text file with the imprint (Impressum), shown at /imprint and linked from every mail. */
  @IsOptional()
  @IsString()
  IMPRINT_FILE?: string;

  /** A UTF-8 text file with the privacy policy, shown at /privacy and linked from every mail. */
  @IsOptional()
  @IsString()
  PRIVACY_POLICY_FILE?: string;

  /** host=origin pairs that send remote profile checks elsewhere than https://host (local fakes in tests). */
  @IsString()
  VERIFICATION_ORIGIN_OVERRIDES: string = '';

  @Matches(/^https?:\/\/[^\s/]+(\/.*)?$/, {
    message: 'must be an http(s) URL such as https://public.api.bsky.app',
  })
  BLUESKY_APPVIEW_URL: string = 'https://public.api.bsky.app';

  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1 hour' })
  SOCIAL_RECHECK_HOURS: number = 24;

  /**
   * Keys that seal connected accounts' access tokens (AES-256-GCM): "id:base64key,…", 32-byte keys. The first
   * seals new tokens; the others still open tokens sealed before a rotation.
   */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,16}:[A-Za-z0-9+/]{43}=(,[a-z0-9-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be id:base64key pairs (32-byte keys), separated by commas',
  })
  CONNECTION_TOKEN_KEYS?: string;

  /** How often a connected account's follows are read again (each one at a jittered time around it). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1 hour' })
  CONNECTIONS_READ_EVERY_HOURS: number = 24;

  /** The first wait before reading a page again after a 5xx or a timeout; it doubles with each try. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a number of milliseconds' })
  @Min(10, { message: 'must be at least 10 milliseconds' })
  CONNECTIONS_RETRY_BASE_MS: number = 2000;

  /** How often each worker looks for outbox rows to relay (they wait in Postgres while Redis is down). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a number of milliseconds' })
  @Min(50, { message: 'must be at least 50 milliseconds' })
  OUTBOX_POLL_MS: number = 1000;

  /** How often the sweeper re-derives due mail from Postgres and enqueues what Redis is missing. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a number of milliseconds' })
  @Min(100, { message: 'must be at least 100 milliseconds' })
  NOTIFICATIONS_SWEEP_MS: number = 30_000;

  /** How many weeks ahead a circle's series has its occurrences made (members see and answer them that early). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of weeks' })
  @Min(1, { message: 'must be at least 1 week' })
  @Max(104, { message: 'must be at most 104 weeks' })
  SERIES_WINDOW_WEEKS: number = 8;

  /** How long relayed, handled outbox rows are kept (their payloads carry addresses and invitation links). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  OUTBOX_RETENTION_DAYS: number = 7;

  /** The bearer token Prometheus sends to /metrics; unset, /metrics is not served. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters long' })
  METRICS_TOKEN?: string;

  /** Signs one-click unsubscribe links; API and worker must share it, and it must survive restarts. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  UNSUBSCRIBE_SECRET?: string;

  /** How long a stopping worker lets running jobs finish before it hands them back. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a number of milliseconds' })
  @Min(0, { message: 'must not be negative' })
  SHUTDOWN_GRACE_MS: number = 25_000;

  /** Hours before a meetup its reminders go out, comma-separated. */
  @Matches(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, { message: 'must be hours separated by commas, e.g. 24,2' })
  REMINDER_HOURS_BEFORE: string = '24,2';

  /** Hours before a meetup the introductions digest goes out (and again for everyone who joins later). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1' })
  INTRODUCTIONS_HOURS_BEFORE: number = 48;

  /** How long before a meetup the worker pairs those who asked for a buddy with those who offered to welcome. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1' })
  BUDDIES_HOURS_BEFORE: number = 24;

  /** Invitations one member may send in any 24 hours (handle, e-mail and bulk together). */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  INVITATIONS_PER_ORGANISER_PER_DAY: number = 200;

  /** How long an invitation stays valid when the meetup is further away; it never outlives the meetup. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  INVITATION_TTL_DAYS: number = 30;

  /** How long a waitlisted member has to take a seat a contact offers them. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1 hour' })
  SEAT_OFFER_HOURS: number = 12;

  /** How long before the start a meetup's unused newcomer seats open to everyone. */
  @Transform(toInteger)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(0, { message: 'must not be negative' })
  NEWCOMER_SEATS_OPEN_HOURS: number = 48;
}
