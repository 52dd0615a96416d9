import type { Server } from 'node:http';

import { KEEP_ALIVE_TIMEOUT_MS } from '../src/bootstrap/create-app.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api.close();
});

describe('HTTP server', () => {
  it('keeps idle connections for 65 s', () => {
    const server = api.app.getHttpServer() as Server;

    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_TIMEOUT_MS);
  });
});
