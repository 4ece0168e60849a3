import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/** Nest's start-up chatter (every module and route) only at debug level. */
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export class AppLogger extends ConsoleLogger {
  constructor(
    private readonly showStartUp: boolean,
    levels: LogLevel[],
  ) {
    super();
    this.setLogLevels(levels);
  }

  override log(message: unknown, context?: string): void {
    if (!this.showStartUp && context && START_UP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
