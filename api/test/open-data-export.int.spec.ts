import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://learn.example.org';
const KATOOMBA: [number, number] = [-33.7125, 150.3119];
const LEURA: [number, number] = [-33.7167, 150.3333];
const MELBOURNE: [number, number] = [-37.8136, 144.9631];
const NEXT_START = new Date('2031-05-01T09:00:00Z');

interface FeatureCollection {
  type: string;
  features: {
    type: string;
    id: string;
    geometry: { type: string; coordinates: [number, number] };
    properties: Record<string, unknown>;
  }[];
}

let api: TestApp;
let providerId: string;
const ids: Record<string, string> = {};

async function getExport(file: 'export.geojson' | 'export.csv', query = '') {
  const response = await fetch(
    `${api.baseUrl}/api/opportunities/${file}${query === '' ? '' : `?${query}`}`,
  );

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    total: response.headers.get('x-total-count'),
    truncated: response.headers.get('x-truncated'),
    // Buffer keeps a byte order mark, which response.text() would drop.
    text: Buffer.from(await response.arrayBuffer()).toString('utf8'),
  };
}

async function geojson(query = ''): Promise<FeatureCollection> {
  const response = await getExport('export.geojson', query);
  expect(response.status).toBe(200);

  return JSON.parse(response.text) as FeatureCollection;
}

function titles(collection: FeatureCollection): string[] {
  return collection.features
    .map((feature) => feature.properties.title as string)
    .sort();
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, '=Mountains, "Youth" Hub');
  ids.katoomba = await createOpportunity(api.dataSource, {
    title: 'Katoomba, coding "club"',
    providerId,
    at: KATOOMBA,
    kind: 'workshop',
    sdgs: [4, 9],
    skills: ['creativity'],
    costMinor: 1250,
    currency: 'AUD',
    sessions: [NEXT_START],
  });
  ids.leura = await createOpportunity(api.dataSource, {
    title: 'Leura bushcare',
    providerId,
    at: LEURA,
    kind: 'volunteering',
    sdgs: [15],
  });
  ids.melbourne = await createOpportunity(api.dataSource, {
    title: 'Melbourne robotics',
    providerId,
    at: MELBOURNE,
    kind: 'course',
    sdgs: [9],
  });
  ids.online = await createOpportunity(api.dataSource, {
    title: 'Online mentoring',
    providerId,
    kind: 'mentoring',
    sdgs: [4],
  });
  ids.draft = await createOpportunity(api.dataSource, {
    title: 'Draft plan',
    providerId,
    at: KATOOMBA,
    status: 'draft',
  });
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('GeoJSON export', () => {
  it('writes points as longitude, latitude', async () => {
    const response = await getExport('export.geojson');
    const collection = JSON.parse(response.text) as FeatureCollection;

    expect(response.contentType).toBe('application/geo+json; charset=utf-8');
    expect(response.total).toBe('3');
    expect(response.truncated).toBe('false');
    expect(collection.type).toBe('FeatureCollection');
    const katoomba = collection.features.find(
      (feature) => feature.id === ids.katoomba,
    );
    expect(katoomba?.geometry).toEqual({
      type: 'Point',
      coordinates: [150.3119, -33.7125],
    });
    expect(katoomba?.properties).toEqual({
      id: ids.katoomba,
      title: 'Katoomba, coding "club"',
      kind: 'WORKSHOP',
      mode: 'IN_PERSON',
      provider: '=Mountains, "Youth" Hub',
      url: `${PUBLIC_URL}/opportunities/${ids.katoomba}`,
      sdgs: [4, 9],
      skills: ['creativity'],
      free: false,
      price: 12.5,
      currency: 'AUD',
      nextSession: '2031-05-01T09:00:00.000Z',
    });
  });

  it('leaves out online and unpublished listings', async () => {
    expect(titles(await geojson())).toEqual([
      'Katoomba, coding "club"',
      'Leura bushcare',
      'Melbourne robotics',
    ]);
  });

  it('filters by distance, nearest first', async () => {
    const collection = await geojson('lat=-33.71&lng=150.31&radiusKm=10');

    expect(collection.features.map((feature) => feature.id)).toEqual([
      ids.katoomba,
      ids.leura,
    ]);
  });

  it('filters by box, SDG, kind and price', async () => {
    expect(
      titles(await geojson('west=144&south=-38&east=145&north=-37')),
    ).toEqual(['Melbourne robotics']);
    expect(titles(await geojson('sdgs=9'))).toEqual([
      'Katoomba, coding "club"',
      'Melbourne robotics',
    ]);
    expect(titles(await geojson('kinds=volunteering,COURSE'))).toEqual([
      'Leura bushcare',
      'Melbourne robotics',
    ]);
    expect(titles(await geojson('freeOnly=true&skills=creativity'))).toEqual(
      [],
    );
    expect(
      titles(await geojson('startsAfter=2031-04-30T00:00:00Z&text=coding')),
    ).toEqual(['Katoomba, coding "club"']);
  });
});

describe('CSV export', () => {
  it('writes RFC 4180 records', async () => {
    const response = await getExport('export.csv', 'sdgs=4');

    expect(response.contentType).toBe(
      'text/csv; charset=utf-8; header=present',
    );
    expect(response.total).toBe('2');
    const url = (id: string) => `${PUBLIC_URL}/opportunities/${id}`;
    expect(response.text).toBe(
      [
        '\uFEFFid,title,kind,mode,provider,latitude,longitude,url,sdgs,skills,cost,currency,next_session',
        `${ids.katoomba},"Katoomba, coding ""club""",WORKSHOP,IN_PERSON,"'=Mountains, ""Youth"" Hub",-33.7125,150.3119,${url(ids.katoomba!)},4 9,creativity,12.50,AUD,2031-05-01T09:00:00.000Z`,
        `${ids.online},Online mentoring,MENTORING,ONLINE,"'=Mountains, ""Youth"" Hub",,,${url(ids.online!)},4,,0,,`,
        '',
      ].join('\r\n'),
    );
  });
});

describe('export limits', () => {
  it('truncates at 5000 rows and says so', async () => {
    await api.dataSource.query(
      `INSERT INTO opportunities (provider_id, title, summary, kind, mode,
         status, location)
       SELECT $1, 'Bulk ' || n, 'Bulk listing', 'event', 'in_person',
              'published',
              ST_SetSRID(ST_MakePoint(151 + n / 100000.0, -34), 4326)::geography
         FROM generate_series(1, 5000) AS n`,
      [providerId],
    );

    const response = await getExport('export.geojson');

    expect(response.status).toBe(200);
    expect(response.total).toBe('5003');
    expect(response.truncated).toBe('true');
    expect(
      (JSON.parse(response.text) as FeatureCollection).features,
    ).toHaveLength(5000);
    await api.dataSource.query(
      `DELETE FROM opportunities WHERE title LIKE 'Bulk %'`,
    );
  });
});

describe('export parameters', () => {
  it.each([
    ['lat=abc&lng=150', 'lat "abc" is not a number'],
    ['lat=-33.7', 'lat and lng go together'],
    ['lat=95&lng=150', 'lat is 95'],
    ['radiusKm=5', 'radiusKm needs a centre'],
    ['west=1&south=2', 'needs all of west, south, east and north'],
    ['sdgs=18', 'sdgs contains 18'],
    ['skills=juggling', 'skills contains "juggling"'],
    ['kinds=PARTY', 'kinds contains "PARTY"'],
    ['freeOnly=yes', 'freeOnly "yes" is not a boolean'],
    ['startsAfter=tomorrow', 'startsAfter "tomorrow" is not a date-time'],
    [
      'startsAfter=2027-02-30T00:00:00Z',
      'startsAfter "2027-02-30T00:00:00Z" is not a date-time',
    ],
    ['age=-1', 'age "-1" is not a whole number'],
    ['radiusKm=1e9&lat=-33.7&lng=150', 'such as 12.5'],
    ['colour=red', '"colour" is not an export parameter'],
    ['placeId=999999999', 'placeId "999999999" is not a known place'],
  ])('rejects %s', async (query, fragment) => {
    const response = await getExport('export.csv', query);

    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toContain(fragment);
    expect(response.text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  it('names the parameter of an out-of-range latitude', async () => {
    const response = await getExport('export.csv', 'lat=91&lng=150');

    const body = JSON.parse(response.text) as {
      errors: { extensions: { field?: string } }[];
    };
    expect(body.errors[0]!.extensions.field).toBe('lat');
  });
});
