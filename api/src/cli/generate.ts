import 'reflect-metadata';

import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

import { generateOpportunities } from '@learnscape/db';

import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { loadConfig } from '../config/app-config.js';

const USAGE = `Usage: npm run generate -- --count N [--seed S]

Adds N synthetic opportunities (about 95% published, the rest draft or
pending), spread over the gazetteer's real places, to the database the app
uses (DATABASE_URL, or the embedded one).
  --count N   how many to add, 1 to 10000000
  --seed S    seed of the random choices, 1 to 2147483647 (default: a random
              one); the same seed always makes the same rows`;

function parseCount(name: string, raw: string | undefined, max: number) {
  const value = Number(raw);
  if (
    raw === undefined ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > max
  ) {
    throw new Error(
      `--${name} is "${raw ?? ''}"; expected an integer from 1 to ${max}.\n\n${USAGE}`,
    );
  }

  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);

    return;
  }
  const count = parseCount('count', values.count, 10_000_000);
  const seed =
    values.seed === undefined
      ? randomInt(1, 2 ** 31 - 1)
      : parseCount('seed', values.seed, 2 ** 31 - 1);
  const config = loadConfig();
  const logger = new PinoLoggerService(
    config.logLevel === 'debug' ? 'info' : config.logLevel,
  );
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  const started = Date.now();
  try {
    await generateOpportunities(
      (sql, params) => database.dataSource.query(sql, params),
      {
        count,
        seed,
        now: new Date(),
        onProgress: (progress) =>
          logger.log(
            `Generated ${progress.inserted} of ${progress.total} opportunities`,
            'Generate',
          ),
      },
    );
    await database.dataSource.query('ANALYZE opportunities');
    logger.log(
      `Generated ${count} opportunities in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      'Generate',
    );
  } finally {
    await database.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
