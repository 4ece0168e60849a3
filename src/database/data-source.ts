import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { replicaCredentials } from './replica-connection.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { installPgTypeParsers } from './pg-types.js';

/**
 * The one DataSource definition, used by the app, the TypeORM CLI and the tests. The schema
 * changes only through migrations: synchronize is off everywhere.
 *
 * `replicas`: streaming replicas (DATABASE_REPLICA_URL) as TypeORM replication's slaves, possibly
 * none yet (one unreachable at start is added by ReadReplica when it answers). Every query still
 * goes to the primary (defaultMode 'master') unless ReadReplica.read opens a replica scope.
 */
export function buildDataSourceOptions(
  url: string,
  options: { schema?: string; poolSize?: number; replicas?: string[] } = {},
): DataSourceOptions {
  installPgTypeParsers();
  const connection = options.replicas
    ? {
        replication: {
          master: { url },
          slaves: options.replicas.map(replicaCredentials),
          defaultMode: 'master' as const,
        },
      }
    : { url };
  return {
    type: 'postgres',
    ...connection,
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
