import 'reflect-metadata';

import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

import { createApp } from '../bootstrap/create-app.js';
import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { loadConfig } from '../config/app-config.js';
import { GridShape } from '../modules/insights/dto/insights.args.js';
import type { CouncilInsights } from '../modules/insights/dto/insights.model.js';
import { InsightsService } from '../modules/insights/insights.service.js';
import { boxArea, type Execute, insertBoxVenues } from './area-venues.js';

const USAGE = `Usage: node dist/bench/insights-bench.js [--venues N] [--runs N] [--all-pairs]

Makes a council whose area is 0.7° by 0.7° west of Sydney (about 65 km by
78 km) with --venues published venues in it (default 5000), then times the
density grid (InsightsService.densityGrid) --runs times (default 5) for
2 km hexagons, 2 km squares and 5 km squares, after one warm-up each.
--all-pairs also times, once per case, the reference query that tests
every venue against every cell. The council and venues are deleted at the
end.`;

const BOX = { south: -34.05, west: 150.25, sideDegrees: 0.7 };

const CASES: [GridShape, number][] = [
  [GridShape.HEXAGON, 2],
  [GridShape.SQUARE, 2],
  [GridShape.SQUARE, 5],
];

interface CaseResult {
  shape: GridShape;
  cellKm: number;
  cells: number;
  medianMs: number;
  allPairsMs: number | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      venues: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '5' },
      'all-pairs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const venues = positiveInteger('venues', values.venues);
  const runs = positiveInteger('runs', values.runs);
  const config = loadConfig();
  const logger = new PinoLoggerService('warn');
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  const app = await createApp(
    { ...config, port: 0 },
    database.dataSource,
    logger,
  );
  const execute: Execute = (sql, parameters) =>
    database.dataSource.query(sql, parameters);
  const { councilId, providerId } = await seed(execute, venues);
  try {
    const service = app.get(InsightsService);
    const insights = {
      council: { id: councilId },
    } as unknown as CouncilInsights;
    const results: CaseResult[] = [];
    for (const [shape, cellKm] of CASES) {
      const grid = () => service.densityGrid(insights, { shape, cellKm });
      const cells = (await grid()).length;
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) times.push(await timed(grid));
      const allPairsMs = values['all-pairs']
        ? await timed(() => allPairs(execute, councilId, shape, cellKm))
        : null;
      results.push({
        shape,
        cellKm,
        cells,
        medianMs: median(times),
        allPairsMs,
      });
    }
    report(results, venues, runs, database.embedded !== null);
  } finally {
    await execute('DELETE FROM opportunities WHERE provider_id = $1', [
      providerId,
    ]);
    await execute('DELETE FROM organisations WHERE id = ANY($1)', [
      [councilId, providerId],
    ]);
    await app.close();
    await database.close();
  }
}

async function seed(execute: Execute, venues: number) {
  const insert = (kind: string, area: object | null) =>
    execute(
      `INSERT INTO organisations (name, slug, kind, area, verified_at)
       VALUES ('Bench ' || $1, 'bench-' || gen_random_uuid(), $1::organisation_kind,
         ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), now())
       RETURNING id`,
      [kind, area === null ? null : JSON.stringify(area)],
    );
  const [council] = await insert('council', boxArea(BOX));
  const [provider] = await insert('provider', null);
  const providerId = provider!.id as string;
  await insertBoxVenues(execute, providerId, BOX, venues);
  await execute('ANALYZE');

  return { councilId: council!.id as string, providerId };
}

/** Every venue against every cell: what each venue's cell means. */
function allPairs(
  execute: Execute,
  councilId: string,
  shape: GridShape,
  cellKm: number,
) {
  const grid = shape === GridShape.HEXAGON ? 'ST_HexagonGrid' : 'ST_SquareGrid';

  return execute(
    `WITH council AS (
       SELECT area, ST_Transform(area, 32756) AS metric
         FROM organisations WHERE id = $1),
     cells AS (
       SELECT g.i, g.j, g.geom FROM council, LATERAL ${grid}($2, council.metric) g
        WHERE ST_Intersects(g.geom, council.metric))
     SELECT DISTINCT ON (o.id) o.id, cells.i, cells.j
       FROM council
       JOIN opportunities o ON ST_Covers(council.area, o.location::geometry)
       JOIN cells ON ST_Intersects(cells.geom, ST_Transform(o.location::geometry, 32756))
      WHERE o.status = 'published'
      ORDER BY o.id, cells.i, cells.j`,
    [councilId, cellKm * 1000],
  );
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();

  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function report(
  results: CaseResult[],
  venues: number,
  runs: number,
  embedded: boolean,
) {
  console.log(`
Density grid: ${venues} venues in one council area; median of ${runs} runs
Database: ${embedded ? 'embedded PGlite' : 'DATABASE_URL'}
Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}

| cells | shape | cell km | median ms | every venue × every cell ms | ratio |
| --- | --- | --- | --- | --- | --- |`);
  for (const result of results) {
    const allPairs = result.allPairsMs;
    console.log(
      `| ${result.cells} | ${result.shape} | ${result.cellKm} | ${result.medianMs.toFixed(0)} | ${allPairs === null ? '-' : allPairs.toFixed(0)} | ${allPairs === null ? '-' : `${(allPairs / result.medianMs).toFixed(0)}x`} |`,
    );
  }
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
