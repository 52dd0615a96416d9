import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const apiEntry = path.join(repositoryRoot, 'api/dist/main.js');
const createAdminEntry = path.join(
  repositoryRoot,
  'api/dist/cli/create-admin.js',
);
const webIndex = path.join(repositoryRoot, 'web/dist/index.html');
const READY_TIMEOUT_MS = 180_000;

/** A platform administrator for `startAppServer` to create before start-up. */
export interface Administrator {
  email: string;
  name: string;
  birthYear: number;
  password: string;
}

export interface AppServer {
  origin: string;
  /** Folder where the app writes each e-mail as a JSON file. */
  outboxDir: string;
  stop: () => Promise<void>;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('No free port was assigned.'));
        }
      });
    });
  });
}

async function waitUntilHealthy(
  origin: string,
  child: ChildProcess,
  log: () => string,
) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The app exited with code ${child.exitCode} during start-up:\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${origin}/health`);
      // Reading the body frees the connection, so Jest can exit afterwards.
      await response.text();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  throw new Error(
    `The app did not report healthy within ${READY_TIMEOUT_MS / 1000} s:\n${log()}`,
  );
}

/**
 * Runs the built `create-admin` command against the app's database. The
 * embedded database allows one process at a time, so this runs before the
 * app starts.
 */
function createAdministrator(
  administrator: Administrator,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      createAdminEntry,
      'create',
      '--email',
      administrator.email,
      '--name',
      administrator.name,
      '--birth-year',
      String(administrator.birthYear),
    ],
    {
      env: { ...env, ADMIN_PASSWORD: administrator.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else {
        reject(
          new Error(
            `create-admin exited with code ${code} for ${administrator.email}:\n${output}`,
          ),
        );
      }
    });
  });
}

/** Runs one statement on the server at `serverUrl`. */
async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database on the server at `serverUrl` and returns its
 * URL and a function that drops it.
 */
async function createServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `learnscape_e2e_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: () =>
      runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Starts the built API, which serves the built web app, on a free port. It
 * uses a new database on the server at TEST_DATABASE_URL when set, dropped
 * again by `stop`, and otherwise the embedded database in a
 * new temporary folder, which also contains the outbox and the uploads, so a
 * run writes nothing into the repository. Tiles and the links in e-mails
 * point at the app itself, so the browser never leaves 127.0.0.1. With
 * `administrator`, that account is created before the app starts.
 */
export async function startAppServer(
  options: { administrator?: Administrator } = {},
): Promise<AppServer> {
  const required = [apiEntry, webIndex];
  if (options.administrator !== undefined) required.push(createAdminEntry);
  for (const file of required) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing; run "npm run build" before the browser tests.`,
      );
    }
  }

  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'learnscape-e2e-'));
  const outboxDir = path.join(dataDir, 'outbox');
  const databaseDir = path.join(dataDir, 'pglite');
  mkdirSync(databaseDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: databaseDir,
    OUTBOX_DIR: outboxDir,
    UPLOAD_DIR: path.join(dataDir, 'uploads'),
    TILE_URL: `${origin}/tiles/{z}/{x}/{y}.png`,
    PUBLIC_URL: origin,
    LOG_LEVEL: 'warn',
    // Verifications are counted per client IP, and each test verifies more
    // often than a person would.
    VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
  };
  delete env.DATABASE_URL;
  // Without an SMTP server the app writes mail to OUTBOX_DIR.
  delete env.SMTP_URL;
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database =
    serverUrl === undefined || serverUrl === ''
      ? null
      : await createServerDatabase(serverUrl);
  if (database !== null) env.DATABASE_URL = database.url;

  if (options.administrator !== undefined) {
    try {
      await createAdministrator(options.administrator, env);
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
      throw error;
    }
  }

  const child = spawn(process.execPath, [apiEntry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // 'close' waits for the output pipes too, which keep Jest alive.
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await closed;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  try {
    await waitUntilHealthy(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  return { origin, outboxDir, stop };
}
