import { createOpportunity, createProvider } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SEARCH = `query Search($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput,
    $filter: OpportunityFilterInput, $first: Int, $after: String) {
  opportunities(near: $near, radiusKm: $radiusKm, bbox: $bbox, filter: $filter,
      first: $first, after: $after) {
    totalCount
    edges { node { id } }
  }
}`;

const KATOOMBA = { latitude: -33.71, longitude: 150.31 };
const validCursorShape = Buffer.from(JSON.stringify([1, 'x'])).toString(
  'base64url',
);

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api.close();
});

/** [case, variables, words the message must contain] */
const CASES: [string, Record<string, unknown>, string[]][] = [
  [
    'latitude above 90',
    { near: { latitude: 91, longitude: 150 } },
    ['near.latitude', '91', '-90 to 90'],
  ],
  [
    'latitude below -90',
    { near: { latitude: -90.5, longitude: 150 } },
    ['near.latitude', '-90 to 90'],
  ],
  [
    'longitude above 180',
    { near: { latitude: -33, longitude: 180.1 } },
    ['near.longitude', '-180 to 180'],
  ],
  [
    'longitude below -180',
    { near: { latitude: -33, longitude: -200 } },
    ['near.longitude', '-180 to 180'],
  ],
  [
    'latitude without longitude',
    { near: { latitude: -33 } },
    ['near', 'longitude'],
  ],
  [
    'coordinates and a place',
    { near: { ...KATOOMBA, placeId: '1' } },
    ['near', 'placeId'],
  ],
  [
    'radius of zero',
    { near: KATOOMBA, radiusKm: 0 },
    ['radiusKm', '0', 'above 0', '200'],
  ],
  ['negative radius', { near: KATOOMBA, radiusKm: -5 }, ['radiusKm', '-5']],
  [
    'radius above 200',
    { near: KATOOMBA, radiusKm: 200.5 },
    ['radiusKm', '200.5', '200'],
  ],
  ['radius without near', { radiusKm: 10 }, ['radiusKm', 'near']],
  ['first above 100', { first: 101 }, ['first', '101', '1 to 100']],
  ['first of zero', { first: 0 }, ['first', '0', '1 to 100']],
  [
    'unknown place id',
    { near: { placeId: '999999999' } },
    ['near.placeId', '999999999', 'not a known place'],
  ],
  [
    'non-numeric place id',
    { near: { placeId: 'katoomba' } },
    ['near.placeId', 'katoomba'],
  ],
  [
    'malformed cursor',
    { after: 'not a cursor!' },
    ['after', 'not a valid cursor'],
  ],
  [
    'cursor of the wrong shape',
    { after: validCursorShape },
    ['after', 'not a valid cursor'],
  ],
  [
    'distance cursor on a title listing',
    {
      after: Buffer.from(
        JSON.stringify([2.5, '00000000-0000-4000-8000-000000000000']),
      ).toString('base64url'),
    },
    ['after'],
  ],
  [
    'empty bbox',
    { bbox: { west: 150, south: -34, east: 150, north: -33 } },
    ['bbox', 'empty', 'west'],
  ],
  [
    'inverted bbox',
    { bbox: { west: 150, south: -33, east: 151, north: -34 } },
    ['bbox', 'inverted', 'south', 'north'],
  ],
  [
    'flat bbox',
    { bbox: { west: 150, south: -33, east: 151, north: -33 } },
    ['bbox', 'south'],
  ],
  [
    'bbox beyond the poles',
    { bbox: { west: 150, south: -95, east: 151, north: -33 } },
    ['bbox.south', '-90 to 90'],
  ],
  [
    'bbox beyond 180',
    { bbox: { west: 150, south: -34, east: 190, north: -33 } },
    ['bbox.east', '-180 to 180'],
  ],
  ['SDG 18', { filter: { sdgs: [4, 18] } }, ['filter.sdgs', '18', '1 to 17']],
  [
    'unknown skill',
    { filter: { skills: ['juggling'] } },
    ['filter.skills', 'juggling', 'critical-thinking'],
  ],
  ['negative age', { filter: { age: -1 } }, ['filter.age', '-1']],
  [
    'start range inverted',
    {
      filter: {
        startsAfter: '2030-02-01T00:00:00Z',
        startsBefore: '2030-01-01T00:00:00Z',
      },
    },
    ['filter.startsAfter', 'filter.startsBefore'],
  ],
  [
    'text too long',
    { filter: { text: 'a'.repeat(201) } },
    ['filter.text', '200'],
  ],
  [
    'text with a NUL character',
    { filter: { text: 'photo\u0000' } },
    ['filter.text', 'NUL'],
  ],
];

describe('opportunities bad input', () => {
  it.each(CASES)('rejects %s', async (_name, variables, words) => {
    const response = await api.graphql(SEARCH, variables);
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    for (const word of words) expect(error!.message).toContain(word);
    expect(JSON.stringify(response)).not.toMatch(
      /stacktrace|SELECT|at .*\.js:\d+/i,
    );
  });

  it('accepts a bbox that crosses the antimeridian', async () => {
    const response = await api.graphql(SEARCH, {
      bbox: { west: 178, south: -20, east: -178, north: -15 },
    });
    expect(response.errors).toBeUndefined();
  });

  it('treats a null page size as the default', async () => {
    const response = await api.graphql(SEARCH, { first: null });
    expect(response.errors).toBeUndefined();
    const places = await api.graphql(
      'query ($n: Int) { places(search: "Kat", first: $n) { id } providers(first: $n) { totalCount } }',
      { n: null },
    );
    expect(places.errors).toBeUndefined();
  });

  it('rejects a text key with a NUL character in a cursor', async () => {
    const after = Buffer.from(
      JSON.stringify(['x', 'a\u0000', '01ed3c0c-7021-5ab1-b137-f99e48fe4f07']),
    ).toString('base64url');
    const response = await api.graphql(SEARCH, { after });
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor from another search', async () => {
    const provider = await createProvider(api.dataSource, 'Cursor Check Club');
    const ids = [];
    for (const title of ['Cursor check A', 'Cursor check B']) {
      ids.push(
        await createOpportunity(api.dataSource, {
          title,
          providerId: provider,
          at: [-33.71, 150.31],
        }),
      );
    }
    try {
      const first = await api.graphql<{
        opportunities: { pageInfo: { endCursor: string } };
      }>(
        '{ opportunities(near: {latitude: -33.71, longitude: 150.31}, first: 1) { pageInfo { endCursor } } }',
      );
      const after = first.data!.opportunities.pageInfo.endCursor;
      const same = await api.graphql(SEARCH, {
        near: { latitude: -33.71, longitude: 150.31 },
        first: 1,
        after,
      });
      expect(same.errors).toBeUndefined();
      const other = await api.graphql(SEARCH, {
        near: { latitude: -33.71, longitude: 150.31 },
        radiusKm: 10,
        first: 1,
        after,
      });
      expect(other.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(other.errors![0]!.message).toContain('not a valid cursor');
    } finally {
      await api.dataSource.query(
        'DELETE FROM opportunities WHERE id = ANY($1::uuid[])',
        [ids],
      );
    }
  });

  it('finds an opportunity by an upper-case id', async () => {
    const provider = await createProvider(api.dataSource, 'Case Check Club');
    const id = await createOpportunity(api.dataSource, {
      title: 'Case check',
      providerId: provider,
      at: [-33.71, 150.31],
    });
    try {
      const response = await api.graphql<{
        opportunity: { id: string } | null;
      }>('query ($id: ID!) { opportunity(id: $id) { id } }', {
        id: id.toUpperCase(),
      });
      expect(response.data!.opportunity?.id).toBe(id);
    } finally {
      await api.dataSource.query('DELETE FROM opportunities WHERE id = $1', [
        id,
      ]);
    }
  });

  it('rejects a variable of the wrong type with a 400', async () => {
    const response = await api.graphql(SEARCH, { first: 'many' });
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain('$first');
  });

  it('rejects a date-time variable that is not a date', async () => {
    const response = await api.graphql(SEARCH, {
      filter: { startsAfter: 'tomorrow' },
    });
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain(
      '"tomorrow" is not a date-time',
    );
  });

  it('rejects a date-time literal that is not a date', async () => {
    const response = await api.graphql(
      '{ opportunities(filter: { startsBefore: "2026-13-45" }) { totalCount } }',
    );
    expect(response.errors![0]!.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(response.errors![0]!.message).toContain(
      '"2026-13-45" is not a date-time',
    );
  });

  it('rejects an opportunity id that is not a UUID', async () => {
    const response = await api.graphql(
      '{ opportunity(id: "1; DROP TABLE x") { id } }',
    );
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain('UUID');
  });
});

describe('places bad input', () => {
  it.each([
    ['an empty search', '{ places(search: "  ") { id } }', 'search'],
    ['a NUL character', '{ places(search: "Kat\\u0000") { id } }', 'NUL'],
    ['first above 50', '{ places(search: "Kat", first: 51) { id } }', 'first'],
    ['a place id that is not a number', '{ place(id: "abc") { id } }', 'id'],
  ])('rejects %s', async (_name, query, word) => {
    const response = await api.graphql(query);
    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.message).toContain(word);
  });
});

describe('malformed requests', () => {
  it('rejects a truncated JSON body without a stack trace', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('JSON');
    expect(text).not.toMatch(/at .*\.js:\d+|node_modules/);
  });

  it('answers JSON that is not an object in the GraphQL error format', async () => {
    for (const body of ['null', '42', '{"query": ']) {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const json = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(response.status).toBe(400);
      expect(json.errors[0]!.extensions.code).toBe('BAD_REQUEST');
      expect(json.errors[0]!.message).toContain('not a valid JSON object');
    }
  });

  it('names the size limit for a body that is too large', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ sdgs { number } } #${'x'.repeat(120_000)}`,
      }),
    });
    const json = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(response.status).toBe(413);
    expect(json.errors[0]!.message).toContain('100 kB');
  });

  it('rejects a subscription as unsupported', async () => {
    const response = await api.graphql('subscription { x }');
    expect(response.errors![0]!.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(response.errors![0]!.message).toContain(
      'no subscription operations',
    );
  });

  it('rejects an unknown mutation field', async () => {
    const response = await api.graphql('mutation { launchRocket }');
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('rejects many aliases of a large page as too costly', async () => {
    const alias = (index: number) =>
      `a${index}: opportunities(first: 100) { edges { node { id title sessions { startsAt } provider { name } } } }`;
    const query = `{ ${Array.from({ length: 60 }, (_, index) => alias(index)).join(' ')} }`;
    const response = await api.graphql(query);
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(response.errors![0]!.message).toContain('maximum is 50000');
  });

  it('allows a full page of map markers', async () => {
    const response = await api.graphql(
      '{ opportunityMarkers(limit: 5000) { totalCount truncated markers { id latitude longitude title kind sdgNumbers } } }',
    );
    expect(response.errors).toBeUndefined();
  });

  it('rejects a query nested too deeply', async () => {
    const deep =
      '{ opportunities { edges { node { provider { id } place { location { latitude } } } } } }';
    expect((await api.graphql(deep)).errors).toBeUndefined();
    // __schema, types, fields, type, six ofType and name: 11 levels.
    const tooDeep =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }';
    const response = await api.graphql(tooDeep);
    expect(response.errors![0]!.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(response.errors![0]!.message).toContain('11 fields deep');
    expect(response.errors![0]!.message).toContain('maximum is 10');
  });

  it('blocks a simple GET that could be a cross-site request', async () => {
    const response = await fetch(
      `${api.baseUrl}/graphql?query=%7Bsdgs%7Bnumber%7D%7D`,
    );
    expect(response.status).toBe(400);
  });
});
