import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { DataSource } from 'typeorm';

import { EmbeddedDatabase } from '../embedded/embedded-database.js';
import { MIGRATIONS } from '../index.js';
import type { SqlExecutor } from '../seed/sql-executor.js';

/** A migrated, empty database for one test file. */
export interface TestDatabase {
  execute: SqlExecutor;
  close(): Promise<void>;
}

/** PGlite took about 15 s to start and create PostGIS on an idle machine. */
export const TEST_DATABASE_TIMEOUT_MS = 120_000;

/**
 * Creates a fresh database and runs every migration. With `TEST_DATABASE_URL`
 * set, the database is created on that server and dropped by `close()`.
 * Without it, PGlite runs in memory in this process, so the tests need no
 * server.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== '') {
    return openServerDatabase(serverUrl);
  }
  const embedded = await EmbeddedDatabase.start('memory://');
  const dataSource = await migrate(embedded.url, 1);

  return {
    execute: (sql, params) => dataSource.query(sql, params),
    close: async () => {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}

async function openServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `learnscape_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await migrate(url.toString(), 4);

  return {
    execute: (sql, params) => dataSource.query(sql, params),
    close: async () => {
      await dataSource.destroy();
      await runOnServer(serverUrl, `DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migrate(url: string, poolSize: number): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    installExtensions: false,
    synchronize: false,
    poolSize,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();

  return dataSource;
}
