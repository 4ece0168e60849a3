import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source.js';

/** For the TypeORM CLI (npm run migration:*): needs DATABASE_URL. */
const config = loadConfig();
if (!config.databaseUrl) throw new Error('Set DATABASE_URL to run TypeORM migrations from the command line');
export default new DataSource(buildDataSourceOptions(config.databaseUrl));
