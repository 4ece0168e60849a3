import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { installPgTypeParsers } from './pg-types.js';

/**
 * The one DataSource definition, used by the app, the TypeORM CLI and the tests. The schema
 * changes only through migrations: synchronize is off everywhere.
 */
export function buildDataSourceOptions(
  url: string,
  options: { schema?: string; poolSize?: number } = {},
): DataSourceOptions {
  installPgTypeParsers();
  return {
    type: 'postgres',
    url,
    schema: options.schema,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Query errors surface as exceptions (mapped by the filter, 5xx logged there); no double logging.
    logging: false,
    extra: { max: options.poolSize ?? 10, application_name: 'pusula' },
  };
}
