import 'reflect-metadata';

import { randomInt } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

import { generateOpportunities } from '@learnscape/db';
import pg from 'pg';

import { createApp } from '../bootstrap/create-app.js';
import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { loadConfig } from '../config/app-config.js';
import { buildSearchQuery } from '../modules/opportunities/opportunities.repository.js';
import { buildSearchCriteria } from '../modules/opportunities/search/search-criteria.js';
import { summarise, type Summary } from './latency.js';

const USAGE = `Usage: npm run bench -- [--rows N] [--requests N] [--warmup N]

Loads synthetic opportunities until the database the app uses holds --rows
(default 100000), then runs the same near-me search (10 km, an SDG filter and
a skill filter, first 20) as raw SQL through pg and through /graphql, one
request at a time, and prints latency and throughput for each.`;

/** Two filters with a realistic share of matches: any of 2 SDGs, any of 2 skills. */
const FILTER = { sdgs: [4, 8], skills: ['collaboration', 'creativity'] };
const RADIUS_KM = 10;
const PAGE_SIZE = 20;

const GRAPHQL_QUERY = `query Bench($near: NearInput!, $filter: OpportunityFilterInput) {
  opportunities(near: $near, radiusKm: ${RADIUS_KM}, filter: $filter, first: ${PAGE_SIZE}) {
    edges { cursor distanceKm node { id title kind mode venueName location { latitude longitude } cost { free amountMinor currency } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Origin {
  latitude: number;
  longitude: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '2000' },
      warmup: { type: 'string', default: '200' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const rows = positiveInteger('rows', values.rows);
  const requests = positiveInteger('requests', values.requests);
  const warmup = positiveInteger('warmup', values.warmup);

  const config = loadConfig();
  const logger = new PinoLoggerService('warn');
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  const execute = (sql: string, params?: unknown[]) =>
    database.dataSource.query(sql, params);
  const [{ count }] = (await execute(
    'SELECT count(*)::int AS count FROM opportunities',
  )) as [{ count: number }];
  if (count < rows) {
    console.log(
      `Generating ${rows - count} opportunities (the database has ${count})`,
    );
    await generateOpportunities(execute, {
      count: rows - count,
      seed: randomInt(1, 2 ** 31 - 1),
      now: new Date(),
    });
    await execute('ANALYZE');
  }
  const origins = await pickOrigins(execute);

  const app = await createApp(
    { ...config, port: 0 },
    database.dataSource,
    logger,
  );
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const pool = new pg.Pool({
    connectionString: database.embedded?.url ?? config.databaseUrl!,
    max: 1,
  });

  try {
    const raw = await measure(origins, warmup, requests, (origin) =>
      rawSearch(pool, origin),
    );
    const graphql = await measure(origins, warmup, requests, (origin) =>
      graphqlSearch(url, origin),
    );
    report(rows, requests, raw, graphql, database.embedded !== null);
  } finally {
    await pool.end();
    await app.close();
    await database.close();
  }
}

async function rawSearch(pool: pg.Pool, origin: Origin): Promise<number> {
  const criteria = await buildSearchCriteria(
    { near: origin, radiusKm: RADIUS_KM, filter: FILTER },
    () => Promise.reject(new Error('no place lookups')),
  );
  const { sql, values } = buildSearchQuery(criteria, PAGE_SIZE + 1, null);
  const result = await pool.query(sql, values);

  return result.rowCount ?? 0;
}

async function graphqlSearch(url: string, origin: Origin): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: GRAPHQL_QUERY,
      variables: { near: origin, filter: FILTER },
    }),
  });
  const body = (await response.json()) as {
    data?: { opportunities: { edges: unknown[] } };
    errors?: { message: string }[];
  };
  if (!body.data)
    throw new Error(`GraphQL search failed: ${body.errors?.[0]?.message}`);

  return body.data.opportunities.edges.length;
}

/** Towns with the most people, so that searches find rows as real ones do. */
async function pickOrigins(
  execute: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<Origin[]> {
  const rows = (await execute(
    `SELECT ST_Y(location::geometry) AS latitude, ST_X(location::geometry) AS longitude
       FROM places ORDER BY population DESC LIMIT 200`,
  )) as unknown as Origin[];
  if (rows.length === 0)
    throw new Error('The gazetteer is empty; start the app once to load it.');

  return rows;
}

async function measure(
  origins: Origin[],
  warmup: number,
  requests: number,
  run: (origin: Origin) => Promise<number>,
): Promise<Summary> {
  for (let index = 0; index < warmup; index += 1) {
    await run(origins[index % origins.length]!);
  }
  const latencies: number[] = [];
  let results = 0;
  const started = performance.now();
  for (let index = 0; index < requests; index += 1) {
    const before = performance.now();
    results += await run(origins[index % origins.length]!);
    latencies.push(performance.now() - before);
  }

  return summarise(latencies, performance.now() - started, results);
}

function report(
  rows: number,
  requests: number,
  raw: Summary,
  graphql: Summary,
  embedded: boolean,
) {
  const line = (name: string, summary: Summary) =>
    `| ${name} | ${summary.medianMs.toFixed(2)} | ${summary.p99Ms.toFixed(2)} | ${summary.requestsPerSecond.toFixed(0)} | ${(summary.results / requests).toFixed(1)} |`;
  console.log(`
Database: ${embedded ? 'embedded PGlite' : 'DATABASE_URL'}; ${rows} opportunities; ${requests} requests each, one at a time
Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}

| path | median ms | p99 ms | requests/s | results per request |
| --- | --- | --- | --- | --- |
${line('raw SQL through pg', raw)}
${line('GraphQL over HTTP', graphql)}

GraphQL / raw SQL: median ${(graphql.medianMs / raw.medianMs).toFixed(2)}x, p99 ${(graphql.p99Ms / raw.p99Ms).toFixed(2)}x, throughput ${(raw.requestsPerSecond / graphql.requestsPerSecond).toFixed(2)}x
`);
}

function positiveInteger(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `--${name} is "${raw}"; expected a positive integer.\n\n${USAGE}`,
    );
  }

  return value;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
