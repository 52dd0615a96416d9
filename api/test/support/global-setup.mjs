// Runs before the API tests, outside Jest's module system, so it imports the
// built database package (npm test builds it first).
import { EmbeddedDatabase, MIGRATIONS, seedGazetteer } from '@learnscape/db';
import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { DataSource } from 'typeorm';

/** Countries the tests search: Australia, Britain, New Zealand and Fiji. */
const TEST_GAZETTEER_COUNTRIES = ['AU', 'GB', 'NZ', 'FJ'];

/**
 * Prepares one database for every API test file: a new database on the
 * server at TEST_DATABASE_URL, or else embedded PGlite in memory, migrated
 * and with the gazetteer loaded. Test files find it in LEARNSCAPE_TEST_URL.
 * Each run creates its own database, so runs at the same time on one
 * server do not disturb each other; the teardown drops it.
 */
export default async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url;
  if (serverUrl) {
    url = await createRunDatabase(serverUrl);
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

/** Creates an empty database beside the one at `serverUrl`; returns its URL. */
async function createRunDatabase(serverUrl) {
  const name = `learnscape_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return url.toString();
}

/** Drops the database at `runUrl`, using the server at `serverUrl`. */
export async function dropRunDatabase(serverUrl, runUrl) {
  const name = new URL(runUrl).pathname.slice(1);
  if (!/^learnscape_test_[0-9a-f]{12}$/.test(name)) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
