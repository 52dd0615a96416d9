// Runs before the API tests, outside Jest's module system, so it imports the
// built database package (npm test builds it first).
import { EmbeddedDatabase, MIGRATIONS, seedGazetteer } from '@learnscape/db';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** Countries the tests search: Australia, Britain, New Zealand and Fiji. */
const TEST_GAZETTEER_COUNTRIES = ['AU', 'GB', 'NZ', 'FJ'];

/**
 * Prepares one database for every API test file: a fresh schema on the
 * server at TEST_DATABASE_URL, or else embedded PGlite in memory, migrated
 * and with the gazetteer loaded. Test files find it in LEARNSCAPE_TEST_URL.
 */
export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url;
  if (serverUrl) {
    await resetSchema(serverUrl);
    url = serverUrl;
  } else {
    globalThis.learnscapeTestDatabase =
      await EmbeddedDatabase.start('memory://');
    url = globalThis.learnscapeTestDatabase.url;
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    installExtensions: false,
    synchronize: false,
    poolSize: 1,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedGazetteer(
    (sql, params) => dataSource.query(sql, params),
    TEST_GAZETTEER_COUNTRIES,
  );
  await dataSource.destroy();
  process.env.LEARNSCAPE_TEST_URL = url;
  process.env.LEARNSCAPE_TEST_EMBEDDED = serverUrl ? '' : '1';
}

/** Empties the database at `url`, dropping PostGIS with everything else. */
export async function resetSchema(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}
