import 'reflect-metadata';
import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';
import type { OpenDataLicence } from '../contracts/public.js';
import { DEFAULT_HASH_COST, type HashCost } from '../modules/auth/password-hashing.js';
import { passwordWeakness, weaknessMessage } from '../modules/auth/password-policy.js';

/** The name the first administrator is created with (AuthService.ensureAdministrator). */
export const ADMINISTRATOR_NAME = 'Yönetici';

/** The validated environment: the one entry point for configuration (docs/deployment.md). */
class EnvironmentVariables {
  /** A PostgreSQL URL; when unset, an embedded PostgreSQL runs under PUSULA_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /**
   * The owner role's URL: migrations run as it, and it grants DATABASE_URL's role what the app
   * needs. Unset: DATABASE_URL's role migrates and runs (one role).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_MIGRATION_URL must be a postgres:// or postgresql:// URL',
  })
  DATABASE_MIGRATION_URL?: string;

  /**
   * A PostgreSQL streaming replica of DATABASE_URL's database, as the same runtime role: the reads
   * that may lag by a moment (public pages, reports, progress of closed periods) go to it.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL',
  })
  DATABASE_REPLICA_URL?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0, { message: 'PORT must be between 0 and 65535' })
  @Max(65535, { message: 'PORT must be between 0 and 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  /** Where the embedded PostgreSQL keeps its files (default ./data). */
  @IsOptional()
  @IsString()
  PUSULA_DATA_DIR?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_EMBEDDED_DB_PORT must be a whole number' })
  @Min(1, { message: 'PUSULA_EMBEDDED_DB_PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PUSULA_EMBEDDED_DB_PORT must be between 1 and 65535' })
  PUSULA_EMBEDDED_DB_PORT?: number;

  /** Load the demo plans on the first start of the embedded database (default true). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => parseBoolean(value))
  @IsBoolean({ message: 'PUSULA_DEMO must be true or false' })
  PUSULA_DEMO?: boolean;

  /** Largest accepted request body, in bytes (default 10 MiB). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_BODY_LIMIT must be a whole number of bytes' })
  @Min(1024, { message: 'PUSULA_BODY_LIMIT must be at least 1024 bytes' })
  PUSULA_BODY_LIMIT?: number;

  /** The first administrator, created on the first start when there are no users. */
  @IsOptional()
  @Matches(/^[^\s@]+@[^\s@]+$/, { message: 'PUSULA_ADMIN_EMAIL must be an e-mail address' })
  PUSULA_ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^.{10,200}$/, { message: 'PUSULA_ADMIN_PASSWORD must be 10 to 200 characters' })
  PUSULA_ADMIN_PASSWORD?: string;

  /** argon2id memory cost of new password hashes in KiB (default 65536 = 64 MiB). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_PASSWORD_MEMORY_KIB must be a whole number of KiB' })
  @Min(1024, { message: 'PUSULA_PASSWORD_MEMORY_KIB must be between 1024 and 1048576 KiB' })
  @Max(1_048_576, { message: 'PUSULA_PASSWORD_MEMORY_KIB must be between 1024 and 1048576 KiB' })
  PUSULA_PASSWORD_MEMORY_KIB?: number;

  /** argon2id passes of new password hashes (default 3). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_PASSWORD_TIME_COST must be a whole number' })
  @Min(1, { message: 'PUSULA_PASSWORD_TIME_COST must be between 1 and 10' })
  @Max(10, { message: 'PUSULA_PASSWORD_TIME_COST must be between 1 and 10' })
  PUSULA_PASSWORD_TIME_COST?: number;

  /** How long an access token lives (default 480 minutes). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_TOKEN_TTL_MINUTES must be a whole number' })
  @Min(1, { message: 'PUSULA_TOKEN_TTL_MINUTES must be between 1 and 43200' })
  @Max(43200, { message: 'PUSULA_TOKEN_TTL_MINUTES must be between 1 and 43200' })
  PUSULA_TOKEN_TTL_MINUTES?: number;

  /** Browser origins allowed to call the API, comma-separated; none by default (CORS closed). */
  @IsOptional()
  @IsString()
  PUSULA_CORS_ORIGINS?: string;

  /** Mark the session cookie Secure (HTTPS only); default true when DATABASE_URL is set. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => parseBoolean(value))
  @IsBoolean({ message: 'PUSULA_COOKIE_SECURE must be true or false' })
  PUSULA_COOKIE_SECURE?: boolean;

  /**
   * Behind a reverse proxy: which proxies' X-Forwarded-For to believe for the client address
   * (sign-in throttling): false (default), true (every hop), a hop count, or proxy addresses/subnets.
   */
  @IsOptional()
  @IsString()
  PUSULA_TRUST_PROXY?: string;

  /** Let `npm run seed:demo` create the demo accounts (known password) on a DATABASE_URL database. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => parseBoolean(value))
  @IsBoolean({ message: 'PUSULA_DEMO_ACCOUNTS must be true or false' })
  PUSULA_DEMO_ACCOUNTS?: boolean;

  /** Seconds a client has to send the request line and headers (default 15). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_HEADERS_TIMEOUT_SECONDS must be a whole number' })
  @Min(1, { message: 'PUSULA_HEADERS_TIMEOUT_SECONDS must be between 1 and 300' })
  @Max(300, { message: 'PUSULA_HEADERS_TIMEOUT_SECONDS must be between 1 and 300' })
  PUSULA_HEADERS_TIMEOUT_SECONDS?: number;

  /** Seconds a client has to send a whole request, headers and body (default 120). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_REQUEST_TIMEOUT_SECONDS must be a whole number' })
  @Min(1, { message: 'PUSULA_REQUEST_TIMEOUT_SECONDS must be between 1 and 3600' })
  @Max(3600, { message: 'PUSULA_REQUEST_TIMEOUT_SECONDS must be between 1 and 3600' })
  PUSULA_REQUEST_TIMEOUT_SECONDS?: number;

  /** Seconds a connection may pass without a byte either way before it is closed (default 60). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_IDLE_TIMEOUT_SECONDS must be a whole number' })
  @Min(1, { message: 'PUSULA_IDLE_TIMEOUT_SECONDS must be between 1 and 3600' })
  @Max(3600, { message: 'PUSULA_IDLE_TIMEOUT_SECONDS must be between 1 and 3600' })
  PUSULA_IDLE_TIMEOUT_SECONDS?: number;

  /** Seconds an idle keep-alive connection stays open between requests (default 72). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS must be a whole number' })
  @Min(1, { message: 'PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS must be between 1 and 3600' })
  @Max(3600, { message: 'PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS must be between 1 and 3600' })
  PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS?: number;

  /** Seconds between two sealings of the audit trail's new entries into its hash chain (default 5). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_AUDIT_SEAL_SECONDS must be a whole number' })
  @Min(1, { message: 'PUSULA_AUDIT_SEAL_SECONDS must be between 1 and 3600' })
  @Max(3600, { message: 'PUSULA_AUDIT_SEAL_SECONDS must be between 1 and 3600' })
  PUSULA_AUDIT_SEAL_SECONDS?: number;

  /** The open data's licence as named in data.json and docs (default: CC BY 4.0, in Turkish). */
  @IsOptional()
  @IsString()
  @Matches(/^.{1,200}$/, { message: 'PUSULA_OPEN_DATA_LICENCE_NAME must be 1 to 200 characters' })
  PUSULA_OPEN_DATA_LICENCE_NAME?: string;

  /** Comments one client address may send to consultations within the window (default 5). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_COMMENT_LIMIT must be a whole number' })
  @Min(1, { message: 'PUSULA_COMMENT_LIMIT must be between 1 and 100000' })
  @Max(100_000, { message: 'PUSULA_COMMENT_LIMIT must be between 1 and 100000' })
  PUSULA_COMMENT_LIMIT?: number;

  /** The rate limit's sliding window in minutes (default 10). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_COMMENT_WINDOW_MINUTES must be a whole number' })
  @Min(1, { message: 'PUSULA_COMMENT_WINDOW_MINUTES must be between 1 and 1440' })
  @Max(1440, { message: 'PUSULA_COMMENT_WINDOW_MINUTES must be between 1 and 1440' })
  PUSULA_COMMENT_WINDOW_MINUTES?: number;

  /** Where the licence text is (data.json, and the CSV's Link header rel="license"). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s<>"]+$/, { message: 'PUSULA_OPEN_DATA_LICENCE_URL must be an http(s) URL' })
  PUSULA_OPEN_DATA_LICENCE_URL?: string;

  /** The SMTP server notifications are mailed through (smtp:// or smtps://); unset: in-app only. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'PUSULA_SMTP_URL must be an smtp:// or smtps:// URL' })
  PUSULA_SMTP_URL?: string;

  /** The sender of the notification mails ("Pusula <pusula@kurum.gov.tr>"). */
  @IsOptional()
  @IsString()
  PUSULA_SMTP_FROM?: string;

  /** The address users reach the client at: the links in the mails start with it. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s<>"]+$/, { message: 'PUSULA_PUBLIC_URL must be an http(s) URL' })
  PUSULA_PUBLIC_URL?: string;

  /** Run the scheduled jobs (reminder scan, escalations, mails, digests) in this process (default true). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => parseBoolean(value))
  @IsBoolean({ message: 'PUSULA_JOBS must be true or false' })
  PUSULA_JOBS?: boolean;

  /** Days a submitted value may wait before its approvers are reminded (default 7). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === '' ? undefined : Number(value),
  )
  @IsInt({ message: 'PUSULA_APPROVAL_REMINDER_DAYS must be a whole number of days' })
  @Min(1, { message: 'PUSULA_APPROVAL_REMINDER_DAYS must be between 1 and 365' })
  @Max(365, { message: 'PUSULA_APPROVAL_REMINDER_DAYS must be between 1 and 365' })
  PUSULA_APPROVAL_REMINDER_DAYS?: number;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], {
    message: 'LOG_LEVEL must be error, warn, log, debug or verbose',
  })
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug' | 'verbose';

  /** json (default): one JSON object a line; pretty: coloured, human-readable lines for development. */
  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: 'json' | 'pretty';

  /** The bearer token GET /api/metrics asks for; unset, the route answers 404. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{16,200}$/, {
    message: 'PUSULA_METRICS_TOKEN must be 16 to 200 letters, digits or the characters - . _ ~ + / =',
  })
  PUSULA_METRICS_TOKEN?: string;
}

export interface AppConfig {
  databaseUrl: string | null;
  /** DATABASE_MIGRATION_URL; with the embedded database, its superuser (set by main.ts). */
  databaseMigrationUrl: string | null;
  /** DATABASE_REPLICA_URL: a hot standby for lag-tolerant reads (docs/deployment.md#read-replica). */
  databaseReplicaUrl: string | null;
  port: number;
  host: string;
  dataDir: string;
  embeddedDbPort: number;
  demo: boolean;
  bodyLimit: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** LOG_FORMAT: JSON lines (default) or pino-pretty's human-readable lines. */
  logFormat: 'json' | 'pretty';
  /** PUSULA_METRICS_TOKEN; null: GET /api/metrics answers 404. */
  metricsToken: string | null;
  adminEmail: string | null;
  adminPassword: string | null;
  tokenTtlMinutes: number;
  /** argon2id cost of new password hashes (PUSULA_PASSWORD_MEMORY_KIB, PUSULA_PASSWORD_TIME_COST). */
  passwordHashCost: HashCost;
  corsOrigins: string[];
  cookieSecure: boolean;
  /** Fastify's trustProxy: false, true (every hop), a hop count or trusted proxy addresses/subnets. */
  trustProxy: TrustProxy;
  /** PUSULA_DEMO_ACCOUNTS: demo accounts may be seeded on a database given by DATABASE_URL. */
  demoAccounts: boolean;
  /** The HTTP server's timeouts in milliseconds (docs/deployment.md#timeouts). */
  timeouts: ServerTimeouts;
  /** Milliseconds between two runs of audit_seal_pending() (docs/deployment.md#audit-sealing). */
  auditSealInterval: number;
  /** The open data's licence (PUSULA_OPEN_DATA_LICENCE_NAME, PUSULA_OPEN_DATA_LICENCE_URL). */
  openDataLicence: OpenDataLicence;
  /** PUSULA_SMTP_URL and PUSULA_SMTP_FROM; null: notifications are in-app only. */
  smtp: { url: string; from: string } | null;
  /** PUSULA_PUBLIC_URL without a trailing slash; null: the links of a mail start at http://localhost:PORT. */
  publicUrl: string | null;
  /** PUSULA_JOBS: run the scheduled jobs with pg-boss in this process. */
  jobs: boolean;
  /** PUSULA_APPROVAL_REMINDER_DAYS. */
  approvalReminderDays: number;
  /** Consultation comments per client address and window (PUSULA_COMMENT_LIMIT, PUSULA_COMMENT_WINDOW_MINUTES). */
  commentRateLimit: { limit: number; windowMs: number };
}

/** Unless the institution sets its own: reuse with attribution, CC BY 4.0. */
export const DEFAULT_OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0 — Açık veri, kaynak gösterilerek serbestçe kullanılabilir',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.tr',
};

/** How long a client may take, in milliseconds; see `fastifyServerOptions` (common/http-server.ts). */
export interface ServerTimeouts {
  /** The request line and headers (Node's headersTimeout): slow headers (slowloris). */
  headers: number;
  /** The whole request, headers and body (Node's requestTimeout): slow bodies. */
  request: number;
  /** No byte either way (Fastify's connectionTimeout): stalled clients, slow readers, hung handlers. */
  idle: number;
  /** Between two requests on one connection (Fastify's keepAliveTimeout). */
  keepAlive: number;
}

export type TrustProxy = boolean | number | string[];

const KNOWN_KEYS = new Set([
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'DATABASE_REPLICA_URL',
  'PORT',
  'HOST',
  'PUSULA_DATA_DIR',
  'PUSULA_EMBEDDED_DB_PORT',
  'PUSULA_DEMO',
  'PUSULA_BODY_LIMIT',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'PUSULA_METRICS_TOKEN',
  'PUSULA_ADMIN_EMAIL',
  'PUSULA_ADMIN_PASSWORD',
  'PUSULA_TOKEN_TTL_MINUTES',
  'PUSULA_PASSWORD_MEMORY_KIB',
  'PUSULA_PASSWORD_TIME_COST',
  'PUSULA_CORS_ORIGINS',
  'PUSULA_COOKIE_SECURE',
  'PUSULA_TRUST_PROXY',
  'PUSULA_DEMO_ACCOUNTS',
  'PUSULA_HEADERS_TIMEOUT_SECONDS',
  'PUSULA_REQUEST_TIMEOUT_SECONDS',
  'PUSULA_IDLE_TIMEOUT_SECONDS',
  'PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS',
  'PUSULA_AUDIT_SEAL_SECONDS',
  'PUSULA_OPEN_DATA_LICENCE_NAME',
  'PUSULA_OPEN_DATA_LICENCE_URL',
  'PUSULA_SMTP_URL',
  'PUSULA_SMTP_FROM',
  'PUSULA_PUBLIC_URL',
  'PUSULA_JOBS',
  'PUSULA_APPROVAL_REMINDER_DAYS',
  'PUSULA_COMMENT_LIMIT',
  'PUSULA_COMMENT_WINDOW_MINUTES',
]);

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseBoolean(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return value;
}

/** Reads and validates the environment; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // An empty variable counts as unset (DATABASE_URL= in a shell or a compose file).
  const known = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => KNOWN_KEYS.has(key) && value !== undefined && value.trim() !== '',
    ),
  );
  const parsed = plainToInstance(EnvironmentVariables, known);
  const errors = validateSync(parsed, { skipMissingProperties: false });
  const trustProxy = parseTrustProxy(parsed.PUSULA_TRUST_PROXY);
  const timeouts: ServerTimeouts = {
    headers: (parsed.PUSULA_HEADERS_TIMEOUT_SECONDS ?? 15) * 1000,
    request: (parsed.PUSULA_REQUEST_TIMEOUT_SECONDS ?? 120) * 1000,
    idle: (parsed.PUSULA_IDLE_TIMEOUT_SECONDS ?? 60) * 1000,
    keepAlive: (parsed.PUSULA_KEEP_ALIVE_TIMEOUT_SECONDS ?? 72) * 1000,
  };
  const problems = [
    ...errors.flatMap((error) => Object.values(error.constraints ?? {})),
    ...(trustProxy === null ? [TRUST_PROXY_MESSAGE] : []),
    ...adminPasswordProblems(parsed, errors.length === 0),
    ...(parsed.DATABASE_MIGRATION_URL !== undefined && parsed.DATABASE_URL === undefined
      ? ['DATABASE_MIGRATION_URL needs DATABASE_URL (the embedded database sets up both roles itself)']
      : []),
    ...(parsed.DATABASE_REPLICA_URL !== undefined && parsed.DATABASE_URL === undefined
      ? ['DATABASE_REPLICA_URL needs DATABASE_URL (the embedded database has no replica)']
      : []),
    // Node refuses a headers timeout longer than the request's: the headers are part of it.
    ...(errors.length === 0 && timeouts.headers > timeouts.request
      ? ['PUSULA_HEADERS_TIMEOUT_SECONDS must not exceed PUSULA_REQUEST_TIMEOUT_SECONDS']
      : []),
  ];
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return {
    databaseUrl: parsed.DATABASE_URL ?? null,
    databaseMigrationUrl: parsed.DATABASE_MIGRATION_URL ?? null,
    databaseReplicaUrl: parsed.DATABASE_REPLICA_URL ?? null,
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    dataDir: parsed.PUSULA_DATA_DIR ?? './data',
    embeddedDbPort: parsed.PUSULA_EMBEDDED_DB_PORT ?? 54329,
    demo: parsed.PUSULA_DEMO ?? true,
    bodyLimit: parsed.PUSULA_BODY_LIMIT ?? 10 * 1024 * 1024,
    logLevel: parsed.LOG_LEVEL ?? 'log',
    logFormat: parsed.LOG_FORMAT ?? 'json',
    metricsToken: parsed.PUSULA_METRICS_TOKEN ?? null,
    adminEmail: parsed.PUSULA_ADMIN_EMAIL?.toLowerCase() ?? null,
    adminPassword: parsed.PUSULA_ADMIN_PASSWORD ?? null,
    tokenTtlMinutes: parsed.PUSULA_TOKEN_TTL_MINUTES ?? 480,
    passwordHashCost: {
      memoryKib: parsed.PUSULA_PASSWORD_MEMORY_KIB ?? DEFAULT_HASH_COST.memoryKib,
      timeCost: parsed.PUSULA_PASSWORD_TIME_COST ?? DEFAULT_HASH_COST.timeCost,
    },
    corsOrigins: (parsed.PUSULA_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    cookieSecure: parsed.PUSULA_COOKIE_SECURE ?? parsed.DATABASE_URL !== undefined,
    trustProxy: trustProxy ?? false,
    demoAccounts: parsed.PUSULA_DEMO_ACCOUNTS ?? false,
    timeouts,
    auditSealInterval: (parsed.PUSULA_AUDIT_SEAL_SECONDS ?? 5) * 1000,
    openDataLicence: {
      name: parsed.PUSULA_OPEN_DATA_LICENCE_NAME?.trim() ?? DEFAULT_OPEN_DATA_LICENCE.name,
      url: parsed.PUSULA_OPEN_DATA_LICENCE_URL ?? DEFAULT_OPEN_DATA_LICENCE.url,
    },
    smtp: parsed.PUSULA_SMTP_URL
      ? { url: parsed.PUSULA_SMTP_URL, from: parsed.PUSULA_SMTP_FROM ?? 'Pusula <pusula@localhost>' }
      : null,
    publicUrl: parsed.PUSULA_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    jobs: parsed.PUSULA_JOBS ?? true,
    approvalReminderDays: parsed.PUSULA_APPROVAL_REMINDER_DAYS ?? 7,
    commentRateLimit: {
      limit: parsed.PUSULA_COMMENT_LIMIT ?? 5,
      windowMs: (parsed.PUSULA_COMMENT_WINDOW_MINUTES ?? 10) * 60_000,
    },
  };
}

/**
 * The first administrator's password follows the password policy like every other one
 * (password-policy.ts); checked only when the variables are otherwise valid.
 */
function adminPasswordProblems(parsed: EnvironmentVariables, valid: boolean): string[] {
  if (!valid || !parsed.PUSULA_ADMIN_PASSWORD) return [];
  const weakness = passwordWeakness(parsed.PUSULA_ADMIN_PASSWORD, {
    email: parsed.PUSULA_ADMIN_EMAIL ?? null,
    name: ADMINISTRATOR_NAME,
  });
  return weakness ? [`PUSULA_ADMIN_PASSWORD is too weak: ${weaknessMessage(weakness, 'en')}`] : [];
}

/**
 * The trustProxy option of the Fastify adapter (main.ts, bench, tests): a hop count becomes the
 * trust function proxy-addr builds for a number (trust the first `hops` addresses from the socket).
 */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

const TRUST_PROXY_MESSAGE =
  'PUSULA_TRUST_PROXY must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses or subnets (10.0.0.1, 10.0.0.0/8)';

/**
 * PUSULA_TRUST_PROXY as Fastify's trustProxy: unset or false, true, a hop count (1 to 10), or
 * trusted proxy addresses/subnets; null when it is none of these.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  if (value === undefined) return false;
  const text = value.trim().toLowerCase();
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  if (['true', 'yes', 'on'].includes(text)) return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? hops : null;
  }
  const items = text.split(',').map((item) => item.trim());
  return items.length > 0 && items.every(isAddressOrSubnet) ? items : null;
}

function isAddressOrSubnet(item: string): boolean {
  const [address, prefix, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}
