import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppExceptionFilter } from './common/app-exception.filter.js';
import { AppValidationPipe } from './common/validation.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { buildDataSourceOptions } from './database/data-source.js';
import { ReadReplica } from './database/read-replica.service.js';
import { probeReplica } from './database/replica-connection.js';
import { ReplicaReadInterceptor } from './database/replica-read.interceptor.js';
import { REPLICA_CONNECT_TIMEOUT_MS } from './database/replica-routing.js';
import { RoutingDataSource } from './database/routing-data-source.js';
import { prepareDatabase } from './database/runtime-role.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthGuard } from './modules/auth/auth.guard.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { IndicatorsModule } from './modules/indicators/indicators.module.js';
import { InstitutionsModule } from './modules/institutions/institutions.module.js';
import { PeriodsModule } from './modules/periods/periods.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { AnalysisModule } from './modules/analysis/analysis.module.js';
import { ProgrammesModule } from './modules/programmes/programmes.module.js';
import { UnitReportsModule } from './modules/unit-reports/unit-reports.module.js';
import { ConsultationsModule } from './modules/consultations/consultations.module.js';
import { PreparationModule } from './modules/preparation/preparation.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { TasksModule } from './modules/tasks/tasks.module.js';
import { ProgressModule } from './modules/progress/progress.module.js';
import { PublicModule } from './modules/public/public.module.js';
import { QuestionsModule } from './modules/questions/questions.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { TargetCardImportModule } from './modules/target-card-import/target-card-import.module.js';
import { ValueImportsModule } from './modules/value-imports/value-imports.module.js';
import { WorkingGroupsModule } from './modules/working-groups/working-groups.module.js';

@Module({})
export class AppModule {
  /**
   * The whole app for a validated config and the database URL it runs on (embedded or given).
   * With `config.databaseMigrationUrl`, the migrations and grants run as that owner first
   * (prepareDatabase) and the app runs as `databaseUrl`'s role without migrating.
   */
  static register(config: AppConfig, databaseUrl: string, options: { schema?: string } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const { migrationsRun } = await prepareDatabase({
              url: databaseUrl,
              migrationUrl: config.databaseMigrationUrl,
              schema: options.schema,
              logger: new Logger('Database'),
            });
            // TypeORM's replication connects to every replica at start and fails without one: a
            // replica that does not answer now is left out, and ReadReplica adds it when it does.
            const replicas = config.databaseReplicaUrl
              ? (await replicaAnswers(config.databaseReplicaUrl))
                ? [config.databaseReplicaUrl]
                : []
              : undefined;
            return { ...buildDataSourceOptions(databaseUrl, { ...options, replicas }), migrationsRun };
          },
          dataSourceFactory: async (dataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('The DataSource needs its options');
            return new RoutingDataSource(dataSourceOptions).initialize();
          },
        }),
        AuthModule,
        InstitutionsModule,
        PlansModule,
        PreparationModule,
        CalendarModule,
        NotificationsModule,
        TasksModule,
        AnalysisModule,
        ProgrammesModule,
        UnitReportsModule,
        ConsultationsModule,
        IndicatorsModule,
        PeriodsModule,
        QuestionsModule,
        ProgressModule,
        PublicModule,
        HealthModule,
        MetricsModule,
        AuditModule,
        ReportsModule,
        TargetCardImportModule,
        ValueImportsModule,
        WorkingGroupsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: () => new AppValidationPipe() },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_GUARD, useClass: AuthGuard },
        ReadReplica,
        { provide: APP_INTERCEPTOR, useClass: ReplicaReadInterceptor },
      ],
      exports: [APP_CONFIG, ReadReplica],
      global: true,
    };
  }
}

async function replicaAnswers(url: string): Promise<boolean> {
  try {
    await probeReplica(url, REPLICA_CONNECT_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}
