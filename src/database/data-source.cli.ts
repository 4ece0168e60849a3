import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source.js';

/**
 * For the TypeORM CLI (npm run migration:*): the owner, DATABASE_MIGRATION_URL, when it is set,
 * else DATABASE_URL. The runtime role's grants follow at the app's next start.
 */
const config = loadConfig();
const url = config.databaseMigrationUrl ?? config.databaseUrl;
if (!url)
  throw new Error(
    'Set DATABASE_URL (and DATABASE_MIGRATION_URL with two roles) to run TypeORM migrations from the command line',
  );
export default new DataSource(buildDataSourceOptions(url));
