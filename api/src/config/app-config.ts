import path from 'node:path';

import {
  type AllowEntry,
  parseAllowList,
} from '../modules/badge-imports/safe-fetch/address-policy.js';

/** Settings read once from the environment at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL + PostGIS server; absent means the embedded database. */
  databaseUrl: string | null;
  /** Folder of the embedded database's files. */
  dataDir: string;
  /** Load the demo opportunities when the database has none. */
  seedDemo: boolean;
  /** ISO 3166 country codes whose towns the gazetteer loads. */
  gazetteerCountries: string[];
  /** Folder of the built web app, served at `/` when present. */
  webDistDir: string;
  tileUrl: string;
  tileAttribution: string;
  logLevel: string;
  /** `pretty` for a person at a terminal, `json` for log collectors. */
  logFormat: 'pretty' | 'json';
  production: boolean;
  /** The site's address as users reach it; links in e-mails start with it. */
  publicUrl: string;
  /** SMTP server as `smtp://` or `smtps://` URL; absent means the outbox. */
  smtpUrl: string | null;
  /** Sender of every e-mail, as `Name <address>` or a bare address. */
  mailFrom: string;
  /** Folder that receives each e-mail as a file when no SMTP is set. */
  outboxDir: string;
  /** Folder of uploaded files (badge images, evidence) for local storage. */
  uploadDir: string;
  /**
   * 32-byte key that encrypts issuers' private signing keys at rest; null
   * outside production means the key is kept in `keyEncryptionKeyFile`.
   */
  keyEncryptionKey: Buffer | null;
  /** Where a development key encryption key is created and read. */
  keyEncryptionKeyFile: string;
  /** Credential verifications allowed per client IP address a minute. */
  verifyRateLimitPerMinute: number;
  /**
   * Host names, IP addresses and CIDR ranges that badge imports may fetch
   * from although they are private or loopback; empty by default.
   */
  importFetchAllow: AllowEntry[];
  /**
   * Badge imports and re-verifications one learner may request an hour
   * and a day, through GraphQL, the upload route and the Open Badges API
   * together.
   */
  importRateLimitPerHour: number;
  importRateLimitPerDay: number;
  /** Imported badges one learner's backpack may hold. */
  maxImportsPerLearner: number;
  /**
   * Days a deleted item stays in the OpenActive feed before it is purged;
   * at least 7, the minimum that RPDE 1.0 sets.
   */
  openDataTombstoneDays: number;
}

const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `PORT is "${raw}"; expected an integer from 0 to 65535.`,
    );
  }

  return port;
}

function parseBoolean(
  name: string,
  raw: string | undefined,
  fallback: boolean,
) {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} is "${raw}"; expected true or false.`);
}

function parseCountries(raw: string | undefined): string[] {
  const countries = (raw ?? 'AU,GB,NZ,FJ,IE')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  const invalid = countries.find((code) => !/^[A-Z]{2}$/.test(code));
  if (invalid !== undefined || countries.length === 0) {
    throw new ConfigError(
      `GAZETTEER_COUNTRIES is "${raw}"; expected comma-separated two-letter country codes such as AU,GB.`,
    );
  }

  return countries;
}

const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

function parseLogLevel(raw: string | undefined, production: boolean): string {
  if (raw === undefined || raw === '') return production ? 'info' : 'debug';
  if (!LOG_LEVELS.includes(raw)) {
    throw new ConfigError(
      `LOG_LEVEL is "${raw}"; expected one of ${LOG_LEVELS.join(', ')}.`,
    );
  }

  return raw;
}

function parseLogFormat(
  raw: string | undefined,
  production: boolean,
): 'pretty' | 'json' {
  if (raw === undefined || raw === '') {
    return !production && process.stdout.isTTY ? 'pretty' : 'json';
  }
  if (raw === 'pretty' || raw === 'json') return raw;
  throw new ConfigError(`LOG_FORMAT is "${raw}"; expected pretty or json.`);
}

function parsePublicUrl(raw: string | undefined, port: number): string {
  const value = raw === undefined || raw === '' ? null : raw;
  if (value === null) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `PUBLIC_URL is "${value}"; expected an absolute http or https URL such as https://learnscape.example.org.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      `PUBLIC_URL is "${value}"; expected an http or https URL.`,
    );
  }

  return url.origin + url.pathname.replace(/\/+$/, '');
}

function parseSmtpUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new ConfigError(
      'SMTP_URL is not a valid URL; expected smtp://user:password@host:587 or smtps://user:password@host:465.',
    );
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new ConfigError(
      `SMTP_URL uses "${protocol}"; expected smtp: or smtps:.`,
    );
  }

  return raw;
}

function parseKeyEncryptionKey(
  raw: string | undefined,
  production: boolean,
): Buffer | null {
  if (raw === undefined || raw === '') {
    if (production) {
      throw new ConfigError(
        'KEY_ENCRYPTION_KEY is missing; production needs 32 random bytes as 64 hex digits or base64, for example from `openssl rand -hex 32`.',
      );
    }

    return null;
  }
  const key = /^[0-9a-fA-F]{64}$/.test(raw)
    ? Buffer.from(raw, 'hex')
    : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      `KEY_ENCRYPTION_KEY decodes to ${key.length} bytes; expected 32 bytes as 64 hex digits or base64.`,
    );
  }

  return key;
}

function parseRateLimit(
  name: string,
  raw: string | undefined,
  fallback = 30,
): number {
  if (raw === undefined || raw === '') return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new ConfigError(
      `${name} is "${raw}"; expected a whole number of at least 1.`,
    );
  }

  return limit;
}

/** RPDE 1.0 keeps a deleted item in the feed for at least 7 days. */
const MIN_TOMBSTONE_DAYS = 7;

function parseTombstoneDays(raw: string | undefined): number {
  if (raw === undefined || raw === '') return MIN_TOMBSTONE_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < MIN_TOMBSTONE_DAYS) {
    throw new ConfigError(
      `OPEN_DATA_TOMBSTONE_DAYS is "${raw}"; expected a whole number of days, at least ${MIN_TOMBSTONE_DAYS}, because OpenActive feeds keep deleted items that long.`,
    );
  }

  return days;
}

function parseImportFetchAllow(raw: string | undefined): AllowEntry[] {
  const parsed = parseAllowList(raw ?? '');
  if ('error' in parsed) {
    throw new ConfigError(
      `IMPORT_FETCH_ALLOW is "${raw}": ${parsed.error} Separate entries with commas.`,
    );
  }

  return parsed.entries;
}

/** Reads the settings; the repository root anchors the default folders. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  repositoryRoot = path.resolve(import.meta.dirname, '../../..'),
): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = parsePort(env.PORT);
  const dataRoot = path.join(repositoryRoot, '.data');

  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(dataRoot, 'pglite')),
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    gazetteerCountries: parseCountries(env.GAZETTEER_COUNTRIES),
    webDistDir: path.resolve(
      env.WEB_DIST_DIR ?? path.join(repositoryRoot, 'web', 'dist'),
    ),
    tileUrl: env.TILE_URL ?? DEFAULT_TILE_URL,
    tileAttribution: env.TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION,
    logLevel: parseLogLevel(env.LOG_LEVEL, production),
    logFormat: parseLogFormat(env.LOG_FORMAT, production),
    production,
    publicUrl: parsePublicUrl(env.PUBLIC_URL, port),
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM ?? 'Learnscape <no-reply@learnscape.invalid>',
    outboxDir: path.resolve(env.OUTBOX_DIR ?? path.join(dataRoot, 'outbox')),
    uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(dataRoot, 'uploads')),
    keyEncryptionKey: parseKeyEncryptionKey(env.KEY_ENCRYPTION_KEY, production),
    keyEncryptionKeyFile: path.resolve(
      env.KEY_ENCRYPTION_KEY_FILE ?? path.join(dataRoot, 'key-encryption-key'),
    ),
    verifyRateLimitPerMinute: parseRateLimit(
      'VERIFY_RATE_LIMIT_PER_MINUTE',
      env.VERIFY_RATE_LIMIT_PER_MINUTE,
    ),
    importFetchAllow: parseImportFetchAllow(env.IMPORT_FETCH_ALLOW),
    importRateLimitPerHour: parseRateLimit(
      'IMPORT_RATE_LIMIT_PER_HOUR',
      env.IMPORT_RATE_LIMIT_PER_HOUR,
      30,
    ),
    importRateLimitPerDay: parseRateLimit(
      'IMPORT_RATE_LIMIT_PER_DAY',
      env.IMPORT_RATE_LIMIT_PER_DAY,
      200,
    ),
    maxImportsPerLearner: parseRateLimit(
      'MAX_IMPORTS_PER_LEARNER',
      env.MAX_IMPORTS_PER_LEARNER,
      1000,
    ),
    openDataTombstoneDays: parseTombstoneDays(env.OPEN_DATA_TOMBSTONE_DAYS),
  };
}
