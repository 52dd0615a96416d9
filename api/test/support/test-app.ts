import 'reflect-metadata';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/bootstrap/create-app.js';
import { PinoLoggerService } from '../../src/common/logging/pino-logger.service.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createDataSourceOptions } from '../../src/database/data-source-options.js';

export interface GraphqlResponse<Data = Record<string, unknown>> {
  status: number;
  /** The response's `Set-Cookie` headers. */
  setCookies: string[];
  data?: Data | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
}

/** The API on the shared test database, listening on a free loopback port. */
export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  baseUrl: string;
  /** Folder the app writes e-mails to; each test app has its own. */
  outboxDir: string;
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GraphqlOptions,
  ): Promise<GraphqlResponse<Data>>;
  close(): Promise<void>;
}

export interface GraphqlOptions {
  /** A `Cookie` header, such as a signed-in user's session cookie. */
  cookie?: string;
  headers?: Record<string, string>;
}

export function testDatabaseUrl(): string {
  const url = process.env.LEARNSCAPE_TEST_URL;
  if (!url) {
    throw new Error(
      'LEARNSCAPE_TEST_URL is not set; run the tests with npm test so that the global setup prepares the database.',
    );
  }

  return url;
}

export function testDatabaseIsEmbedded(): boolean {
  return process.env.LEARNSCAPE_TEST_EMBEDDED === '1';
}

/** A fixed key so that tests can decrypt what another test app stored. */
export const TEST_KEY_ENCRYPTION_KEY =
  '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

export async function openTestDataSource(): Promise<DataSource> {
  const dataSource = new DataSource(
    createDataSourceOptions(testDatabaseUrl(), {
      embedded: testDatabaseIsEmbedded(),
    }),
  );

  return dataSource.initialize();
}

export async function startTestApp(
  env: Record<string, string> = {},
): Promise<TestApp> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'learnscape-test-'));
  const config = loadConfig({
    OUTBOX_DIR: path.join(scratch, 'outbox'),
    UPLOAD_DIR: path.join(scratch, 'uploads'),
    KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
    DATABASE_URL: testDatabaseUrl(),
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
    VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const dataSource = await openTestDataSource();
  const app = await createApp(
    config,
    dataSource,
    new PinoLoggerService(config.logLevel),
  );
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  return {
    app,
    dataSource,
    baseUrl,
    outboxDir: config.outboxDir,
    graphql: (query, variables, options) =>
      postGraphql(baseUrl, query, variables, options),
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

async function postGraphql<Data>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  options: GraphqlOptions = {},
): Promise<GraphqlResponse<Data>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<
    GraphqlResponse<Data>,
    'status' | 'setCookies'
  >;

  return {
    status: response.status,
    setCookies: response.headers.getSetCookie(),
    ...body,
  };
}
