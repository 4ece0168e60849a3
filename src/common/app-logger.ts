import type { LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import { pino, stdSerializers, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';
import { scrubText } from './log-redaction.js';

/** Nest's levels (LOG_LEVEL) as pino's. */
const PINO_LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' } as const;

/** Nest's start-up chatter (every module and route): debug lines, not info. */
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Fields that are never written, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'email',
  'name',
  'cookie',
  'authorization',
  'headers',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.email',
  '*.cookie',
  '*.authorization',
  '*.headers',
];

/** The app's logging: the pino root every line goes through, and Nest's logger on top of it. */
export interface AppLogging {
  /** Fastify's logger (request lines) and the base of every request's child logger. */
  root: Logger;
  /** Nest's logger (nestjs-pino): `new Logger('Auth').warn(…)` in the app writes through it. */
  nest: LoggerService;
  /** nestjs-pino's logger: `runInContext` binds a request's id to every line logged while it runs. */
  pino: PinoLogger;
}

/**
 * Structured logs (docs/deployment.md, "Logs"): one JSON object a line by default (`time`,
 * `level`, `pid`, `hostname`, `reqId` inside a request, `context`, `msg`), pino-pretty's lines with
 * LOG_FORMAT=pretty. Passwords, tokens, cookies, headers and e-mail fields are redacted by path,
 * and every message and error text is scrubbed (log-redaction.ts). `destination` replaces stdout
 * (the tests read the lines back).
 */
export function createAppLogging(
  config: Pick<AppConfig, 'logLevel' | 'logFormat'>,
  destination?: DestinationStream,
): AppLogging {
  const options: LoggerOptions = {
    level: PINO_LEVELS[config.logLevel],
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: scrubbedError },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
  };
  const stream =
    destination ??
    (config.logFormat === 'pretty'
      ? PinoPretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : pino.destination({ dest: 1, sync: false }));
  const root = pino(options, stream);
  const pinoLogger = new PinoLogger({ pinoHttp: { logger: root } });
  return { root, nest: new AppNestLogger(pinoLogger), pino: pinoLogger };
}

/** An error as logged: pino's standard fields, its message and stack scrubbed. */
function scrubbedError(error: Error): Record<string, unknown> {
  const serialised = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack'] as const) {
    const value = serialised[key];
    if (typeof value === 'string') serialised[key] = scrubText(value);
  }
  return serialised;
}

/** nestjs-pino's Nest logger, with Nest's start-up chatter moved to debug. */
class AppNestLogger extends NestPinoLogger {
  constructor(logger: PinoLogger) {
    super(logger, {});
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) {
      super.debug(message, ...optionalParams);
      return;
    }
    super.log(message, ...optionalParams);
  }
}
