import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ts from 'typescript';

import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://learn.example.org';
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Learnscape</title>
  </head>
  <body><div id="root"></div></body>
</html>`;
const KATOOMBA: [number, number] = [-33.7125, 150.3119];
const DAY = 86_400_000;
const HOSTILE_TITLE = `Art </script><!-- <script>alert(1)</script> & $& club`;

let api: TestApp;
let webDist: string;
let providerId: string;

async function getPage(pathname: string) {
  const response = await fetch(`${api.baseUrl}${pathname}`, {
    headers: { accept: 'text/html' },
  });

  return { status: response.status, body: await response.text() };
}

/** Returns the parsed JSON-LD of the page, or null when it has none. */
function jsonLdOf(html: string): Record<string, unknown> | null {
  const match =
    /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);

  return match === null
    ? null
    : (JSON.parse(match[1]!) as Record<string, unknown>);
}

/**
 * Compiles `const value: WithContext<typeName> = json` with the TypeScript
 * compiler and the schema-dts types, and returns the diagnostics.
 */
function typeErrors(typeName: string, json: unknown): string[] {
  const fileName = path.join(import.meta.dirname, '__json-ld-check__.ts');
  const source = `import type { WithContext, ${typeName} } from 'schema-dts';
export const value: WithContext<${typeName}> = ${JSON.stringify(json, null, 2)};
`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  host.fileExists = (name) => name === fileName || fileExists(name);
  host.getSourceFile = (name, version, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, source, version)
      : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([fileName], options, host);

  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .map((diagnostic) =>
      ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    );
}

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'learnscape-web-'));
  await writeFile(path.join(webDist, 'index.html'), PAGE);
  api = await startTestApp({ WEB_DIST_DIR: webDist, PUBLIC_URL });
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Page Youth Hub');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
  await rm(webDist, { recursive: true, force: true });
});

describe('opportunity page JSON-LD', () => {
  it('describes a course as a Course', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'Web design course',
      summary: 'Design and build a website over four weeks.',
      providerId,
      at: KATOOMBA,
      kind: 'course',
      costMinor: 4000,
      currency: 'AUD',
      minAge: 16,
      maxAge: 24,
      skills: ['ict-literacy'],
      sdgs: [4],
      sessions: [
        new Date(Date.now() + 7 * DAY),
        new Date(Date.now() + 14 * DAY),
      ],
    });

    const page = await getPage(`/opportunities/${id}`);

    expect(page.status).toBe(200);
    const data = jsonLdOf(page.body)!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Course');
    expect(data['@id']).toBe(`${PUBLIC_URL}/opportunities/${id}`);
    expect(data.name).toBe('Web design course');
    expect(data.description).toBe(
      'Design and build a website over four weeks.',
    );
    expect(data.provider).toMatchObject({
      '@type': 'Organization',
      name: 'Page Youth Hub',
    });
    expect(data.offers).toMatchObject({ price: 40, priceCurrency: 'AUD' });
    expect(data.typicalAgeRange).toBe('16-24');
    expect(data.teaches).toEqual(['ICT literacy']);
    const instance = data.hasCourseInstance as Record<string, unknown>;
    expect(instance['@type']).toBe('CourseInstance');
    expect(instance.courseMode).toBe('onsite');
    expect(instance.subEvent).toHaveLength(2);
    expect(typeErrors('Course', data)).toEqual([]);
    expect(page.body).toContain(
      '<meta property="og:title" content="Web design course – Learnscape" />',
    );
    expect(page.body).toContain(
      `<meta property="og:url" content="${PUBLIC_URL}/opportunities/${id}" />`,
    );
  });

  it('describes a one-off as an EducationEvent', async () => {
    const startsAt = new Date('2031-05-01T09:00:00Z');
    const id = await createOpportunity(api.dataSource, {
      title: 'Careers evening',
      providerId,
      kind: 'event',
      sessions: [startsAt],
    });

    const page = await getPage(`/opportunities/${id}`);

    const data = jsonLdOf(page.body)!;
    expect(data['@type']).toBe('EducationEvent');
    expect(data.startDate).toBe('2031-05-01T09:00:00.000Z');
    expect(data.endDate).toBe('2031-05-01T11:00:00.000Z');
    expect(data.eventAttendanceMode).toBe(
      'https://schema.org/OnlineEventAttendanceMode',
    );
    expect(data.location).toEqual([
      { '@type': 'VirtualLocation', name: 'Online' },
    ]);
    expect(data.isAccessibleForFree).toBe(true);
    expect(typeErrors('EducationEvent', data)).toEqual([]);
  });

  it('type check catches a wrong property', () => {
    const errors = typeErrors('Course', {
      '@context': 'https://schema.org',
      '@type': 'Course',
      startDate: 12,
    });

    expect(errors.length).toBeGreaterThan(0);
  });

  it('escapes script endings in the JSON', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: HOSTILE_TITLE,
      providerId,
      at: KATOOMBA,
      kind: 'event',
    });

    const page = await getPage(`/opportunities/${id}`);

    expect(page.body).not.toContain('</script><!--');
    expect(page.body).not.toContain('<script>alert');
    expect(page.body.match(/<\/script>/g)).toHaveLength(1);
    expect(jsonLdOf(page.body)!.name).toBe(HOSTILE_TITLE);
    expect(page.body.match(/<title>/g)).toHaveLength(1);
  });

  it('gives unpublished and unknown ids the generic page', async () => {
    const draft = await createOpportunity(api.dataSource, {
      title: 'Secret draft',
      providerId,
      at: KATOOMBA,
      status: 'draft',
    });

    const hidden = await getPage(`/opportunities/${draft}`);
    const missing = await getPage(`/opportunities/${randomUUID()}`);
    const malformed = await getPage(
      `/opportunities/${encodeURIComponent("1'--")}`,
    );

    expect(hidden.status).toBe(200);
    expect(hidden.body).not.toContain('Secret draft');
    expect(hidden.body).not.toContain('application/ld+json');
    expect(hidden.body).toContain('<title>Opportunity – Learnscape</title>');
    expect(hidden.body).toBe(missing.body);
    expect(malformed.body).toBe(missing.body);
  });

  it('leaves the edit page to the web app', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'Editable',
      providerId,
      at: KATOOMBA,
    });

    const page = await getPage(`/opportunities/${id}/edit`);

    expect(page.status).toBe(200);
    expect(page.body).toBe(PAGE);
  });
});
