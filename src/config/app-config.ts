import 'reflect-metadata';
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

/** The validated environment: the one entry point for configuration (docs/deployment.md). */
class EnvironmentVariables {
  /** A PostgreSQL URL; when unset, an embedded PostgreSQL runs under PUSULA_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

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

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], {
    message: 'LOG_LEVEL must be error, warn, log, debug or verbose',
  })
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}

export interface AppConfig {
  databaseUrl: string | null;
  port: number;
  host: string;
  dataDir: string;
  embeddedDbPort: number;
  demo: boolean;
  bodyLimit: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  adminEmail: string | null;
  adminPassword: string | null;
  tokenTtlMinutes: number;
  corsOrigins: string[];
  cookieSecure: boolean;
}

const KNOWN_KEYS = new Set([
  'DATABASE_URL',
  'PORT',
  'HOST',
  'PUSULA_DATA_DIR',
  'PUSULA_EMBEDDED_DB_PORT',
  'PUSULA_DEMO',
  'PUSULA_BODY_LIMIT',
  'LOG_LEVEL',
  'PUSULA_ADMIN_EMAIL',
  'PUSULA_ADMIN_PASSWORD',
  'PUSULA_TOKEN_TTL_MINUTES',
  'PUSULA_CORS_ORIGINS',
  'PUSULA_COOKIE_SECURE',
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
  if (errors.length > 0) {
    throw new ConfigError([...new Set(errors.flatMap((error) => Object.values(error.constraints ?? {})))]);
  }
  return {
    databaseUrl: parsed.DATABASE_URL ?? null,
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    dataDir: parsed.PUSULA_DATA_DIR ?? './data',
    embeddedDbPort: parsed.PUSULA_EMBEDDED_DB_PORT ?? 54329,
    demo: parsed.PUSULA_DEMO ?? true,
    bodyLimit: parsed.PUSULA_BODY_LIMIT ?? 10 * 1024 * 1024,
    logLevel: parsed.LOG_LEVEL ?? 'log',
    adminEmail: parsed.PUSULA_ADMIN_EMAIL?.toLowerCase() ?? null,
    adminPassword: parsed.PUSULA_ADMIN_PASSWORD ?? null,
    tokenTtlMinutes: parsed.PUSULA_TOKEN_TTL_MINUTES ?? 480,
    corsOrigins: (parsed.PUSULA_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    cookieSecure: parsed.PUSULA_COOKIE_SECURE ?? parsed.DATABASE_URL !== undefined,
  };
}
