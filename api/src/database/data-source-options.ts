import { MIGRATIONS } from '@learnscape/db';
import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities.js';

/** TypeORM settings shared by the app, the tests, the bench and the CLI. */
export function createDataSourceOptions(
  url: string,
  options: { embedded: boolean },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Migrations are the only way the schema changes; they create the
    // extensions themselves, so TypeORM must not try at connect time.
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    // The embedded socket accepts a single connection.
    poolSize: options.embedded ? 1 : 10,
    applicationName: 'learnscape',
  };
}
