import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppExceptionFilter } from './common/app-exception.filter.js';
import { VALIDATION_PIPE_OPTIONS } from './common/validation.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { HealthModule } from './modules/health/health.module.js';
import { IndicatorsModule } from './modules/indicators/indicators.module.js';
import { InstitutionsModule } from './modules/institutions/institutions.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { ProgressModule } from './modules/progress/progress.module.js';

@Module({})
export class AppModule {
  /** The whole app for a validated config and the database URL it runs on (embedded or given). */
  static register(config: AppConfig, databaseUrl: string, options: { schema?: string } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(databaseUrl, options), migrationsRun: true }),
        InstitutionsModule,
        PlansModule,
        IndicatorsModule,
        ProgressModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: () => new ValidationPipe(VALIDATION_PIPE_OPTIONS) },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
