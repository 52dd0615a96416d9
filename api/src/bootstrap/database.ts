import { EmbeddedDatabase, seedDemoData, seedGazetteer } from '@learnscape/db';
import type { LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config.js';
import { createDataSourceOptions } from '../database/data-source-options.js';
import { DataDirLock } from './data-dir-lock.js';
import { StartupError } from './startup-error.js';

/** An open, migrated and seeded database, and how to close it. */
export interface OpenDatabase {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

const CONTEXT = 'Database';

/** Starts or connects to the database, migrates it and loads missing data. */
export async function openDatabase(
  config: AppConfig,
  logger: LoggerService,
): Promise<OpenDatabase> {
  const embedded =
    config.databaseUrl === null
      ? await startEmbedded(config.dataDir, logger)
      : null;
  const url = embedded?.database.url ?? (config.databaseUrl as string);
  const dataSource = new DataSource(
    createDataSourceOptions(url, { embedded: embedded !== null }),
  );
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.database.stop();
    embedded?.lock.release();
  };

  try {
    await connect(dataSource, embedded === null, logger);
    await migrate(dataSource, logger);
    await seed(dataSource, config, logger);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }

  return { dataSource, embedded: embedded?.database ?? null, close };
}

async function startEmbedded(dataDir: string, logger: LoggerService) {
  logger.log(`Starting the embedded database in ${dataDir}`, CONTEXT);
  const started = Date.now();
  let lock: DataDirLock;
  try {
    lock = DataDirLock.acquire(dataDir);
  } catch (error) {
    throw new StartupError(
      'open the embedded database folder',
      'Stop the other Learnscape process, or set DATA_DIR to another writable folder.',
      error,
    );
  }
  try {
    const database = await EmbeddedDatabase.start(dataDir);
    logger.log(
      `Embedded database ready in ${Date.now() - started} ms`,
      CONTEXT,
    );

    return { database, lock };
  } catch (error) {
    lock.release();
    throw new StartupError(
      'start the embedded database',
      `Check that ${dataDir} is a writable folder, or delete it to start afresh if it is damaged (set DATA_DIR to use another folder).`,
      error,
    );
  }
}

async function connect(
  dataSource: DataSource,
  external: boolean,
  logger: LoggerService,
) {
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new StartupError(
      'connect to the database',
      external
        ? 'Check that DATABASE_URL points at a running PostgreSQL server that this machine can reach, with the right user and password.'
        : 'The embedded database started but refused the connection; delete its data folder to start afresh if it is damaged.',
      error,
    );
  }
  logger.log('Connected to the database', CONTEXT);
}

async function migrate(dataSource: DataSource, logger: LoggerService) {
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) {
      logger.log(`Applied migration ${migration.name}`, CONTEXT);
    }
    logger.log(
      applied.length === 0
        ? 'Schema is up to date'
        : `Applied ${applied.length} migrations`,
      CONTEXT,
    );
  } catch (error) {
    throw new StartupError(
      'migrate the database',
      'Read the error above. On your own PostgreSQL server, check that the PostGIS 3.3+ extension is installed and the user may create extensions.',
      error,
    );
  }
}

async function seed(
  dataSource: DataSource,
  config: AppConfig,
  logger: LoggerService,
) {
  const execute = (sql: string, params?: unknown[]) =>
    dataSource.query(sql, params);
  try {
    const places = await seedGazetteer(execute, config.gazetteerCountries);
    if (places > 0) logger.log(`Loaded ${places} gazetteer places`, CONTEXT);
    if (config.seedDemo) {
      const demo = await seedDemoData(execute, { now: new Date() });
      if (demo.opportunities > 0) {
        logger.log(
          `Loaded ${demo.opportunities} demo opportunities from ${demo.providers} providers and ${demo.skillNeeds} skill needs`,
          CONTEXT,
        );
      }
    }
  } catch (error) {
    throw new StartupError(
      'load the gazetteer and demo data',
      'Check GAZETTEER_COUNTRIES, or set SEED_DEMO=false to start without demo data.',
      error,
    );
  }
}
