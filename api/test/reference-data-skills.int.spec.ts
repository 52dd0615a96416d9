import { startTestApp, type TestApp } from './support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api.close();
});

describe('skill pages', () => {
  it('serves a skill to anonymous callers', async () => {
    const response = await fetch(`${api.baseUrl}/api/skills/critical-thinking`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.id).toBe('critical-thinking');
    expect(body.framework).toBe('World Economic Forum 21st-century skills');
    expect(typeof body.name).toBe('string');
  });

  it('answers 404 JSON for an unknown skill', async () => {
    const response = await fetch(`${api.baseUrl}/api/skills/juggling`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.message).toContain('"juggling"');
    expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
