import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { haversineKm } from './support/great-circle.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Edge {
  cursor: string;
  distanceKm: number | null;
  node: { id: string; title: string };
}

interface SearchData {
  opportunities: {
    totalCount: number;
    edges: Edge[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SEARCH = `query Search($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput,
    $filter: OpportunityFilterInput, $first: Int, $after: String) {
  opportunities(near: $near, radiusKm: $radiusKm, bbox: $bbox, filter: $filter,
      first: $first, after: $after) {
    totalCount
    edges { cursor distanceKm node { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Real towns; coordinates come from the gazetteer at run time. */
const TOWNS = [
  'Katoomba',
  'Leura',
  'Blackheath',
  'Springwood',
  'Penrith',
  'Parramatta',
];

let api: TestApp;
const towns = new Map<string, [number, number]>();
const placeIds = new Map<string, string>();

async function search(variables: Record<string, unknown>) {
  return api.graphql<SearchData>(SEARCH, variables);
}

async function titles(variables: Record<string, unknown>): Promise<string[]> {
  const response = await search({ first: 100, ...variables });
  expect(response.errors).toBeUndefined();

  return response.data!.opportunities.edges.map((edge) => edge.node.title);
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  for (const name of TOWNS) {
    const response = await api.graphql<{
      places: {
        id: string;
        name: string;
        countryCode: string;
        adminCode: string | null;
        location: { latitude: number; longitude: number };
      }[];
    }>(
      'query ($s: String!) { places(search: $s, first: 10) { id name countryCode adminCode location { latitude longitude } } }',
      { s: name },
    );
    // GeoNames admin code 02 is New South Wales; Queensland has a Springwood too.
    const place = response.data!.places.find(
      (candidate) =>
        candidate.name === name &&
        candidate.countryCode === 'AU' &&
        candidate.adminCode === '02',
    );
    if (!place) throw new Error(`The gazetteer has no ${name} in Australia`);
    towns.set(name, [place.location.latitude, place.location.longitude]);
    placeIds.set(name, place.id);
  }

  const provider = await createProvider(api.dataSource, 'Mountains Youth Hub');
  const soon = new Date(Date.now() + 7 * 86_400_000);
  const later = new Date(Date.now() + 60 * 86_400_000);
  const fixtures = [
    {
      title: 'Katoomba coding club',
      town: 'Katoomba',
      kind: 'workshop',
      sdgs: [4, 9],
      skills: ['ict-literacy', 'creativity'],
      sessions: [soon],
      minAge: 16,
      maxAge: 24,
    },
    {
      title: 'Leura bush regeneration',
      town: 'Leura',
      kind: 'volunteering',
      sdgs: [15],
      skills: ['collaboration'],
      sessions: [later],
      minAge: 16,
    },
    {
      title: 'Blackheath youth cafe',
      town: 'Blackheath',
      kind: 'youth_cafe',
      sdgs: [3, 10],
      skills: ['communication'],
      sessions: [soon],
      costMinor: 500,
      currency: 'AUD',
    },
    {
      title: 'Springwood money basics',
      town: 'Springwood',
      kind: 'course',
      sdgs: [1, 8],
      skills: ['financial-literacy'],
      sessions: [later],
      minAge: 18,
      maxAge: 30,
    },
    {
      title: 'Penrith trades taster',
      town: 'Penrith',
      kind: 'work_experience',
      sdgs: [8],
      skills: ['initiative', 'numeracy'],
      sessions: [soon],
      costMinor: 2500,
      currency: 'AUD',
    },
    {
      title: 'Parramatta climate forum',
      town: 'Parramatta',
      kind: 'event',
      sdgs: [13, 4],
      skills: ['critical-thinking'],
      sessions: [later],
      description: 'Talk about **solar power** and climate action.',
    },
  ];
  for (const fixture of fixtures) {
    await createOpportunity(api.dataSource, {
      ...fixture,
      providerId: provider,
      at: towns.get(fixture.town),
    });
  }
  await createOpportunity(api.dataSource, {
    title: 'Katoomba draft workshop',
    providerId: provider,
    at: towns.get('Katoomba'),
    status: 'draft',
  });
  await createOpportunity(api.dataSource, {
    title: 'Online CV clinic',
    providerId: provider,
    kind: 'mentoring',
    sdgs: [8],
  });
});

afterAll(async () => {
  await api.close();
});

describe('opportunities near a place', () => {
  it('reports great-circle distances for real town pairs', async () => {
    const katoomba = towns.get('Katoomba')!;
    const response = await search({
      near: { latitude: katoomba[0], longitude: katoomba[1] },
      radiusKm: 200,
      first: 20,
    });
    const edges = response.data!.opportunities.edges;
    expect(edges).toHaveLength(6);
    for (const edge of edges) {
      const town = TOWNS.find((name) => edge.node.title.startsWith(name))!;
      const expected = haversineKm(katoomba, towns.get(town)!);
      expect(edge.distanceKm).not.toBeNull();
      expect(Math.abs(edge.distanceKm! - expected)).toBeLessThan(
        Math.max(0.01, expected * 0.001),
      );
    }
    const penrith = edges.find((edge) =>
      edge.node.title.startsWith('Penrith'),
    )!;
    // Katoomba to Penrith is about 40 km in a straight line.
    expect(penrith.distanceKm).toBeGreaterThan(35);
    expect(penrith.distanceKm).toBeLessThan(45);
  });

  it('measures a northern-hemisphere pair', async () => {
    const found = new Map<string, [number, number]>();
    for (const name of ['Manchester', 'Stockport']) {
      const response = await api.graphql<{
        places: {
          name: string;
          countryCode: string;
          location: { latitude: number; longitude: number };
        }[];
      }>(
        'query ($s: String!) { places(search: $s) { name countryCode location { latitude longitude } } }',
        { s: name },
      );
      const place = response.data!.places.find(
        (candidate) =>
          candidate.name === name && candidate.countryCode === 'GB',
      )!;
      found.set(name, [place.location.latitude, place.location.longitude]);
    }
    const provider = await createProvider(api.dataSource, 'Mersey Makers');
    const id = await createOpportunity(api.dataSource, {
      title: 'Stockport repair cafe',
      providerId: provider,
      at: found.get('Stockport'),
    });
    try {
      const manchester = found.get('Manchester')!;
      const response = await search({
        near: { latitude: manchester[0], longitude: manchester[1] },
        radiusKm: 50,
      });
      const edge = response.data!.opportunities.edges.find(
        (candidate) => candidate.node.id === id,
      )!;
      const expected = haversineKm(manchester, found.get('Stockport')!);
      // Stockport lies about 9 km south-east of Manchester's centre.
      expect(expected).toBeGreaterThan(7);
      expect(expected).toBeLessThan(12);
      expect(Math.abs(edge.distanceKm! - expected)).toBeLessThan(0.01);
    } finally {
      await api.dataSource.query('DELETE FROM opportunities WHERE id = $1', [
        id,
      ]);
    }
  });

  it('orders results nearest first', async () => {
    const response = await search({
      near: { placeId: placeIds.get('Katoomba') },
      radiusKm: 200,
    });
    const distances = response.data!.opportunities.edges.map(
      (edge) => edge.distanceKm!,
    );
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(response.data!.opportunities.edges[0]!.node.title).toBe(
      'Katoomba coding club',
    );
  });

  it('keeps to the radius', async () => {
    // Leura is about 2.4 km from Katoomba and Blackheath about 9.6 km.
    const names = await titles({
      near: { placeId: placeIds.get('Katoomba') },
      radiusKm: 5,
    });
    expect(names.sort()).toEqual([
      'Katoomba coding club',
      'Leura bush regeneration',
    ]);
  });

  it('leaves out drafts and online opportunities', async () => {
    const names = await titles({
      near: { placeId: placeIds.get('Katoomba') },
      radiusKm: 200,
    });
    expect(names).not.toContain('Katoomba draft workshop');
    expect(names).not.toContain('Online CV clinic');
    const everywhere = await titles({});
    expect(everywhere).toContain('Online CV clinic');
    expect(everywhere).not.toContain('Katoomba draft workshop');
  });
});

describe('opportunity filters', () => {
  const near = () => ({
    near: { placeId: placeIds.get('Katoomba') },
    radiusKm: 200,
  });

  it.each([
    [
      'sdgs',
      { sdgs: [4] },
      ['Katoomba coding club', 'Parramatta climate forum'],
    ],
    [
      'sdgs, any of',
      { sdgs: [15, 1] },
      ['Leura bush regeneration', 'Springwood money basics'],
    ],
    [
      'skills',
      { skills: ['communication', 'numeracy'] },
      ['Blackheath youth cafe', 'Penrith trades taster'],
    ],
    [
      'kinds',
      { kinds: ['VOLUNTEERING', 'EVENT'] },
      ['Leura bush regeneration', 'Parramatta climate forum'],
    ],
    ['modes', { modes: ['ONLINE'] }, []],
    [
      'freeOnly',
      { freeOnly: true },
      [
        'Katoomba coding club',
        'Leura bush regeneration',
        'Springwood money basics',
        'Parramatta climate forum',
      ],
    ],
    [
      'age 17',
      { age: 17 },
      [
        'Katoomba coding club',
        'Leura bush regeneration',
        'Blackheath youth cafe',
        'Penrith trades taster',
        'Parramatta climate forum',
      ],
    ],
    [
      'age 40',
      { age: 40 },
      [
        'Leura bush regeneration',
        'Blackheath youth cafe',
        'Penrith trades taster',
        'Parramatta climate forum',
      ],
    ],
    ['text', { text: 'solar' }, ['Parramatta climate forum']],
    ['text stemmed', { text: 'regenerating' }, ['Leura bush regeneration']],
  ])('filters by %s', async (_name, filter, expected) => {
    const names = await titles({ ...near(), filter });
    expect(names.sort()).toEqual([...expected].sort());
  });

  it('filters by start date range', async () => {
    const names = await titles({
      ...near(),
      filter: {
        startsAfter: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        startsBefore: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      },
    });
    expect(names.sort()).toEqual([
      'Leura bush regeneration',
      'Parramatta climate forum',
      'Springwood money basics',
    ]);
  });

  it('requires every filter to match when combined', async () => {
    const names = await titles({
      ...near(),
      filter: {
        sdgs: [4, 8],
        freeOnly: true,
        age: 20,
        kinds: ['WORKSHOP', 'COURSE', 'WORK_EXPERIENCE'],
      },
    });
    expect(names.sort()).toEqual([
      'Katoomba coding club',
      'Springwood money basics',
    ]);
  });

  it('treats an online mode filter without a place as a listing', async () => {
    const names = await titles({ filter: { modes: ['ONLINE'] } });
    expect(names).toEqual(['Online CV clinic']);
  });
});

describe('opportunity pagination', () => {
  async function collectPages(
    variables: Record<string, unknown>,
    pageSize: number,
  ) {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response = await search({ ...variables, first: pageSize, after });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.opportunities;
      seen.push(...connection.edges.map((edge) => edge.node.title));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      expect(pages).toBeLessThan(50);
    }

    return seen;
  }

  it('pages nearest first with no gaps or duplicates', async () => {
    const variables = {
      near: { placeId: placeIds.get('Katoomba') },
      radiusKm: 200,
    };
    const all = await titles(variables);
    const paged = await collectPages(variables, 4);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('pages through equal distances by id', async () => {
    const provider = await createProvider(
      api.dataSource,
      'Same Spot Collective',
    );
    const spot = towns.get('Springwood')!;
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      ids.push(
        await createOpportunity(api.dataSource, {
          title: `Same spot ${index}`,
          providerId: provider,
          at: spot,
          kind: 'event',
        }),
      );
    }
    try {
      const variables = {
        near: { latitude: spot[0], longitude: spot[1] },
        radiusKm: 1,
      };
      const paged = await collectPages(variables, 2);
      expect(
        paged.filter((title) => title.startsWith('Same spot')),
      ).toHaveLength(7);
      expect(new Set(paged).size).toBe(paged.length);
    } finally {
      await api.dataSource.query(
        'DELETE FROM opportunities WHERE id = ANY($1::uuid[])',
        [ids],
      );
    }
  });

  it('pages a listing without a place by title', async () => {
    const all = await titles({});
    const paged = await collectPages({}, 3);
    expect(paged).toEqual(all);
    const byTitle = [...all].sort();
    expect(all).toEqual(byTitle);
  });

  it('reports totalCount for all pages', async () => {
    const response = await search({
      near: { placeId: placeIds.get('Katoomba') },
      radiusKm: 200,
      first: 2,
    });
    expect(response.data!.opportunities.totalCount).toBe(6);
    expect(response.data!.opportunities.edges).toHaveLength(2);
    expect(response.data!.opportunities.pageInfo.hasNextPage).toBe(true);
  });
});

describe('opportunities in a bounding box', () => {
  it('returns what lies in the viewport', async () => {
    const names = await titles({
      bbox: { west: 150.2, south: -33.8, east: 150.45, north: -33.55 },
    });
    expect(names.sort()).toEqual([
      'Blackheath youth cafe',
      'Katoomba coding club',
      'Leura bush regeneration',
    ]);
  });

  it('handles a box that crosses the antimeridian', async () => {
    const provider = await createProvider(
      api.dataSource,
      'Pacific Learning Network',
    );
    // Suva is west of the antimeridian; Taveuni's east coast and the
    // Chatham Islands lie past it, at negative longitudes.
    const suva = await createOpportunity(api.dataSource, {
      title: 'Suva reef science',
      providerId: provider,
      at: [-18.14, 178.44],
      kind: 'course',
    });
    const taveuni = await createOpportunity(api.dataSource, {
      title: 'Taveuni rainforest walk',
      providerId: provider,
      at: [-16.85, -179.97],
      kind: 'event',
    });
    const chatham = await createOpportunity(api.dataSource, {
      title: 'Chatham Islands history',
      providerId: provider,
      at: [-43.95, -176.56],
      kind: 'event',
    });
    try {
      const fiji = await titles({
        bbox: { west: 177, south: -20, east: -179, north: -15 },
      });
      expect(fiji.sort()).toEqual([
        'Suva reef science',
        'Taveuni rainforest walk',
      ]);
      const chathams = await titles({
        bbox: { west: 170, south: -46, east: -175, north: -40 },
      });
      expect(chathams).toEqual(['Chatham Islands history']);
      const notCrossing = await titles({
        bbox: { west: -179, south: -20, east: 177, north: -15 },
      });
      expect(notCrossing).not.toContain('Suva reef science');
      expect(notCrossing).not.toContain('Taveuni rainforest walk');
    } finally {
      await api.dataSource.query(
        'DELETE FROM opportunities WHERE id = ANY($1::uuid[])',
        [[suva, taveuni, chatham]],
      );
    }
  });
});

describe('opportunity by id', () => {
  it('returns a published opportunity with its details', async () => {
    const listed = await search({
      near: { placeId: placeIds.get('Katoomba') },
      first: 1,
    });
    const id = listed.data!.opportunities.edges[0]!.node.id;
    const response = await api.graphql<{
      opportunity: {
        title: string;
        provider: { name: string };
        place: { name: string } | null;
        sdgs: { number: number; colour: string }[];
        skills: { id: string }[];
        sessions: { startsAt: string; timeZone: string }[];
        nextSession: { startsAt: string } | null;
        cost: { free: boolean };
      };
    }>(
      `query ($id: ID!) { opportunity(id: $id) { title provider { name } place { name }
        sdgs { number colour } skills { id } sessions { startsAt timeZone }
        nextSession { startsAt } cost { free } } }`,
      { id },
    );
    const opportunity = response.data!.opportunity;
    expect(opportunity.title).toBe('Katoomba coding club');
    expect(opportunity.provider.name).toBe('Mountains Youth Hub');
    expect(opportunity.sdgs.map((sdg) => sdg.number)).toEqual([4, 9]);
    expect(opportunity.sdgs[0]!.colour).toBe('#C5192D');
    expect(opportunity.skills.map((skill) => skill.id).sort()).toEqual([
      'creativity',
      'ict-literacy',
    ]);
    expect(opportunity.sessions).toHaveLength(1);
    expect(opportunity.nextSession).not.toBeNull();
    expect(opportunity.cost.free).toBe(true);
  });

  it('returns null for an unknown id', async () => {
    const response = await api.graphql(
      '{ opportunity(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ opportunity: null });
  });
});
