import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

import { SKILLS } from '@learnscape/db';

import { createApp } from '../bootstrap/create-app.js';
import { openDatabase } from '../bootstrap/database.js';
import { PinoLoggerService } from '../common/logging/pino-logger.service.js';
import { digestToken, generateToken } from '../common/security/tokens.js';
import { loadConfig } from '../config/app-config.js';
import { sessionCookieName } from '../modules/accounts/sessions/session-cookie.js';

const USAGE = `Usage: node dist/bench/import-bench.js [--rows N]

Generates a CSV of --rows opportunities (default 10000, the import maximum)
at towns of the gazetteer in the database the app uses (DATABASE_URL, else
the embedded database), posts it to the opportunity import in preview mode
and in all-or-nothing mode, one request each, and prints rows, seconds and
rows per second for each. It creates a provider and an owner for the run
and deletes them, with the imported drafts, at the end.`;

const HEADER =
  'title,summary,description,kind,mode,venue,address,latitude,longitude,session_start,session_end,time_zone,cost,currency,min_age,max_age,sdgs,skills,capacity';

const KINDS = ['workshop', 'mentoring', 'work_experience', 'event', 'course'];
const TOPICS = ['Coding', 'Bushcare', 'Film-making', 'Robotics', 'Barista'];

/** The zone and currency that venues in each gazetteer country use. */
const COUNTRY_SETTINGS: Record<string, { zone: string; currency: string }> = {
  AU: { zone: 'Australia/Sydney', currency: 'AUD' },
  GB: { zone: 'Europe/London', currency: 'GBP' },
  NZ: { zone: 'Pacific/Auckland', currency: 'NZD' },
  FJ: { zone: 'Pacific/Fiji', currency: 'FJD' },
};

interface Town {
  name: string;
  countryCode: string;
  latitude: number;
  longitude: number;
}

type Execute = (sql: string, params?: unknown[]) => Promise<unknown[]>;

interface Run {
  mode: string;
  seconds: number;
  imported: number;
  invalidRows: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const rows = positiveInteger('rows', values.rows);

  const config = loadConfig();
  const logger = new PinoLoggerService('warn');
  const database = await openDatabase({ ...config, seedDemo: false }, logger);
  const execute: Execute = (sql, params) =>
    database.dataSource.query(sql, params);
  const csv = generateCsv(rows, await pickTowns(execute));
  const owner = await createProviderOwner(execute, config.production);

  const app = await createApp(
    { ...config, port: 0 },
    database.dataSource,
    logger,
  );
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const url = `${baseUrl}/api/organisations/${owner.organisationId}/opportunity-imports`;

  try {
    const preview = await postImport(url, 'preview', csv, owner.cookie);
    const imported = await postImport(url, 'all-or-nothing', csv, owner.cookie);
    report(
      rows,
      Buffer.byteLength(csv),
      [preview, imported],
      database.embedded !== null,
    );
  } finally {
    await removeProviderOwner(execute, owner);
    await app.close();
    await database.close();
  }
}

/** Picks the towns with the largest population, where real venues cluster. */
async function pickTowns(execute: Execute): Promise<Town[]> {
  const towns = (await execute(
    `SELECT name, country_code AS "countryCode",
            ST_Y(location::geometry) AS latitude,
            ST_X(location::geometry) AS longitude
       FROM places ORDER BY population DESC LIMIT 500`,
  )) as Town[];
  if (towns.length === 0)
    throw new Error('The gazetteer is empty; start the app once to load it.');

  return towns;
}

/** Builds a CSV of `rows` opportunities, each with a session in its town's zone. */
function generateCsv(rows: number, towns: readonly Town[]): string {
  const lines = [HEADER];
  for (let index = 0; index < rows; index += 1) {
    const town = towns[index % towns.length]!;
    const settings = COUNTRY_SETTINGS[town.countryCode] ?? {
      zone: 'UTC',
      currency: 'EUR',
    };
    const topic = TOPICS[index % TOPICS.length]!;
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((index % 12) + 1).padStart(2, '0');
    const free = index % 3 === 0;
    lines.push(
      [
        quote(
          `${topic} ${KINDS[index % KINDS.length]!.replace('_', ' ')} in ${town.name} #${index + 1}`,
        ),
        quote(
          `A hands-on ${topic.toLowerCase()} session for young people, run by local volunteers.`,
        ),
        quote(
          'Bring a friend. We meet at the hall, then work in small groups.',
        ),
        KINDS[index % KINDS.length],
        'in_person',
        quote(`${town.name} Community Hall`),
        quote(`1 Main Street, ${town.name}`),
        // About a kilometre from the town centre, in varying directions.
        (town.latitude + ((index % 7) - 3) * 0.003).toFixed(5),
        (town.longitude + ((index % 5) - 2) * 0.003).toFixed(5),
        `2027-${month}-${day}T10:00`,
        `2027-${month}-${day}T12:30`,
        settings.zone,
        free ? '' : `${5 + (index % 20)}.50`,
        free ? '' : settings.currency,
        '16',
        index % 2 === 0 ? '25' : '',
        `"${(index % 17) + 1};${((index + 5) % 17) + 1}"`,
        `"${SKILLS[index % SKILLS.length]!.name};${SKILLS[(index + 3) % SKILLS.length]!.id}"`,
        String(10 + (index % 30)),
      ].join(','),
    );
  }

  return `${lines.join('\n')}\n`;
}

/** Quotes a CSV field, doubling the quotes inside it (RFC 4180). */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface ProviderOwner {
  organisationId: string;
  userId: string;
  cookie: string;
}

async function createProviderOwner(
  execute: Execute,
  production: boolean,
): Promise<ProviderOwner> {
  const suffix = randomUUID().slice(0, 8);
  const [organisation] = (await execute(
    `INSERT INTO organisations (name, slug, kind)
     VALUES ($1, $2, 'provider') RETURNING id`,
    [`Import benchmark ${suffix}`, `import-benchmark-${suffix}`],
  )) as { id: string }[];
  // The password hash matches no password: this account only ever uses
  // the session created below.
  const [user] = (await execute(
    `INSERT INTO users (email, password_hash, name, birth_year)
     VALUES ($1, 'none', 'Import benchmark', 1990) RETURNING id`,
    [`import-benchmark-${suffix}@example.org`],
  )) as { id: string }[];
  await execute(
    `INSERT INTO organisation_members (organisation_id, user_id, role)
     VALUES ($1, $2, 'owner')`,
    [organisation!.id, user!.id],
  );
  const token = generateToken();
  await execute(
    `INSERT INTO user_sessions (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + interval '1 hour')`,
    [user!.id, digestToken(token)],
  );

  return {
    organisationId: organisation!.id,
    userId: user!.id,
    cookie: `${sessionCookieName(production)}=${token}`,
  };
}

async function removeProviderOwner(
  execute: Execute,
  owner: ProviderOwner,
): Promise<void> {
  await execute('DELETE FROM opportunities WHERE provider_id = $1', [
    owner.organisationId,
  ]);
  await execute('DELETE FROM audit_log WHERE organisation_id = $1', [
    owner.organisationId,
  ]);
  await execute('DELETE FROM organisations WHERE id = $1', [
    owner.organisationId,
  ]);
  await execute('DELETE FROM users WHERE id = $1', [owner.userId]);
}

async function postImport(
  url: string,
  mode: string,
  csv: string,
  cookie: string,
): Promise<Run> {
  const started = performance.now();
  const response = await fetch(`${url}?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', cookie },
    body: csv,
  });
  const body = (await response.json()) as {
    imported?: number;
    invalidRows?: number;
    errors?: { message: string }[];
  };
  const seconds = (performance.now() - started) / 1000;
  if (!response.ok) {
    throw new Error(
      `The ${mode} import failed with ${response.status}: ${body.errors?.[0]?.message}`,
    );
  }

  return {
    mode,
    seconds,
    imported: body.imported ?? 0,
    invalidRows: body.invalidRows ?? 0,
  };
}

function report(
  rows: number,
  bytes: number,
  runs: Run[],
  embedded: boolean,
): void {
  const line = (run: Run) =>
    `| ${run.mode} | ${rows} | ${run.invalidRows} | ${run.imported} | ${run.seconds.toFixed(2)} | ${(rows / run.seconds).toFixed(0)} |`;
  console.log(`
Database: ${embedded ? 'embedded PGlite' : 'DATABASE_URL'}; CSV of ${rows} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB; one request per mode
Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}

| mode | rows | invalid rows | imported | seconds | rows/s |
| --- | --- | --- | --- | --- | --- |
${runs.map(line).join('\n')}
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
