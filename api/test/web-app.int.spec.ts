import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startTestApp, type TestApp } from './support/test-app.js';

const PAGE = '<!doctype html><title>Learnscape test page</title>';

let api: TestApp;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'learnscape-web-'));
  await writeFile(path.join(webDist, 'index.html'), PAGE);
  await writeFile(path.join(webDist, 'app.js'), 'console.log(1);');
  api = await startTestApp({ WEB_DIST_DIR: webDist });
});

afterAll(async () => {
  await api.close();
  await rm(webDist, { recursive: true, force: true });
});

async function get(pathname: string, accept = 'text/html') {
  const response = await fetch(`${api.baseUrl}${pathname}`, {
    headers: { accept },
  });

  return { status: response.status, body: await response.text() };
}

describe('web app serving', () => {
  it('serves the page at the root', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toBe(PAGE);
  });

  it('serves the page for a client-side route', async () => {
    const response = await get('/opportunities/near/katoomba');
    expect(response.status).toBe(200);
    expect(response.body).toBe(PAGE);
  });

  it('answers HEAD for a page like GET', async () => {
    const response = await fetch(`${api.baseUrl}/`, {
      method: 'HEAD',
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('serves built files', async () => {
    const response = await get('/app.js', '*/*');
    expect(response.status).toBe(200);
    expect(response.body).toBe('console.log(1);');
  });

  it('answers a missing file with 404', async () => {
    const response = await get('/config.json', '*/*');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Learnscape test page');
  });

  it('leaves the Open Badges API to its routes', async () => {
    const response = await get('/ims/ob/v3p0/discovery', '*/*');
    expect(response.status).toBe(200);
    expect(response.body).not.toContain('Learnscape test page');
    expect(JSON.parse(response.body)).toHaveProperty('openapi');
  });

  it('reports health', async () => {
    const response = await get('/health', 'application/json');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});
