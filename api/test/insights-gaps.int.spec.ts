import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { haversineKm } from './support/great-circle.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The council area is the square from 150.21° to 150.41° east and from
 * 33.81° to 33.61° south. Here 1° of latitude is about 110.9 km and 1° of
 * longitude about 111.3 × cos 33.7° ≈ 92.6 km.
 */
const CENTRE: [number, number] = [-33.71, 150.31];

let api: TestApp;
let councilId: string;
let member: TestUser;
const needIds = {} as Record<'n1' | 'n2' | 'n3' | 'n7', string>;

const GAPS = `query ($councilId: ID!, $gapDistanceKm: Float, $fewThreshold: Int) {
  councilInsights(councilId: $councilId) {
    skillGaps(gapDistanceKm: $gapDistanceKm) {
      skill { id name }
      needCount
      openings
      needs { id title }
    }
    sdgGaps(fewThreshold: $fewThreshold) { sdg { number shortTitle } opportunities }
  }
}`;

const GRID = `query ($councilId: ID!, $cellKm: Float, $shape: GridShape) {
  councilInsights(councilId: $councilId) {
    densityGrid(cellKm: $cellKm, shape: $shape) { id polygon opportunities }
  }
}`;

interface Gap {
  skill: { id: string; name: string };
  needCount: number;
  openings: number;
  needs: { id: string; title: string }[];
}

interface SdgGap {
  sdg: { number: number; shortTitle: string };
  opportunities: number;
}

interface Cell {
  id: string;
  polygon: string;
  opportunities: number;
}

async function gaps(variables: Record<string, unknown>) {
  const response = await api.graphql<{
    councilInsights: { skillGaps: Gap[]; sdgGaps: SdgGap[] };
  }>(GAPS, { councilId, ...variables }, { cookie: member.cookie });
  expect(response.errors).toBeUndefined();

  return response.data!.councilInsights;
}

async function grid(variables: Record<string, unknown>, id = councilId) {
  return api.graphql<{ councilInsights: { densityGrid: Cell[] } }>(
    GRID,
    { councilId: id, ...variables },
    { cookie: member.cookie },
  );
}

interface NeedFixture {
  title: string;
  at: [number, number];
  skills: string[];
  openings: number;
  /** Days from today (UTC) to the closing date; negative for the past. */
  closesInDays: number;
  status?: 'open' | 'closed';
}

async function insertNeed(employerId: string, fixture: NeedFixture) {
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
       radius_m, openings, closes_on, apply_url, status)
     VALUES ($1, $2, $3::text[],
       ST_SetSRID(ST_MakePoint($5, $4), 4326)::geography, 20000, $6,
       (now() AT TIME ZONE 'UTC')::date + $7::int,
       'https://jobs.example.org/apply', $8)
     RETURNING id`,
    [
      employerId,
      fixture.title,
      fixture.skills,
      fixture.at[0],
      fixture.at[1],
      fixture.openings,
      fixture.closesInDays,
      fixture.status ?? 'open',
    ],
  );

  return row!.id;
}

async function seedNeeds() {
  const employerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Mountains Tourism Co',
  });
  const need = (fixture: NeedFixture) => insertNeed(employerId, fixture);
  needIds.n1 = await need({
    title: 'Front desk team',
    at: [-33.7, 150.3],
    skills: ['collaboration', 'communication'],
    openings: 3,
    closesInDays: 30,
  });
  needIds.n2 = await need({
    title: 'Tour guides',
    at: [-33.76, 150.3],
    skills: ['communication'],
    openings: 2,
    closesInDays: 40,
  });
  needIds.n3 = await need({
    title: 'Bookkeeper',
    at: [-33.62, 150.36],
    skills: ['numeracy'],
    openings: 4,
    closesInDays: 30,
  });
  needIds.n7 = await need({
    title: 'Booking office',
    at: [-33.8, 150.22],
    skills: ['communication'],
    openings: 1,
    closesInDays: 20,
  });
  // Left out: one outside the area, one closed, one past its closing date.
  await need({
    title: 'Outside',
    at: [-33.9, 150.3],
    skills: ['numeracy'],
    openings: 9,
    closesInDays: 30,
  });
  await need({
    title: 'Closed',
    at: [-33.7, 150.35],
    skills: ['literacy'],
    openings: 9,
    closesInDays: 30,
    status: 'closed',
  });
  await need({
    title: 'Expired',
    at: [-33.7, 150.35],
    skills: ['literacy'],
    openings: 9,
    closesInDays: -1,
  });
}

async function seedOpportunities() {
  const providerId = await createProvider(api.dataSource, 'Skills Hub');
  const opportunity = (
    title: string,
    at: [number, number] | undefined,
    skills: string[],
    sdgs: number[],
    status = 'published',
  ) =>
    createOpportunity(api.dataSource, {
      title,
      providerId,
      at,
      skills,
      sdgs,
      status,
    });
  await opportunity(
    'O1 Speaking Club',
    [-33.68, 150.3],
    ['communication'],
    [4],
  );
  await opportunity(
    'O2 Team Games',
    [-33.7, 150.3],
    ['collaboration'],
    [13],
    'draft',
  );
  await opportunity('O3 Maths Help', [-33.6, 150.36], ['numeracy'], [13]);
  await opportunity(
    'O4 Radio Club',
    [-33.76, 150.39],
    ['communication'],
    [4, 11],
  );
  await opportunity('O5 Garden Day', CENTRE, [], [4, 13]);
  await opportunity('O6 Online Chat', undefined, ['collaboration'], [5]);
}

beforeAll(async () => {
  api = await startTestApp();
  await api.dataSource.query('DELETE FROM skill_needs');
  await clearListings(api.dataSource);
  councilId = await createOrganisation(api.dataSource, 'council', {
    name: 'Blue Mountains City Council',
    area: squareArea(CENTRE, 0.1),
  });
  member = await createUser(api.dataSource);
  await addMember(api.dataSource, councilId, member.id, 'editor');
  await seedNeeds();
  await seedOpportunities();
});

afterAll(async () => {
  await api.dataSource.query('DELETE FROM skill_needs');
  await api.close();
});

describe('skill gaps', () => {
  // Needs in the area: N1 (-33.70, 150.30) collaboration + communication,
  // 3 openings; N2 (-33.76, 150.30) communication, 2; N3 (-33.62, 150.36)
  // numeracy, 4; N7 (-33.80, 150.22) communication, 1, closing first.
  // Published opportunities: O1 (-33.68, 150.30) communication; O3
  // (-33.60, 150.36, outside the area) numeracy; O4 (-33.76, 150.39)
  // communication. O2 (collaboration, at N1) is a draft.
  // N1-O1: 0.02° lat = 2.2 km. N2-O1: 0.08° lat = 8.9 km. N2-O4: 0.09°
  // lon = 8.3 km. N3-O3: 0.02° lat = 2.2 km. N7-O1: √(13.3² + 7.4²)
  // = 15.2 km. N7-O4: √(4.4² + 15.7²) = 16.3 km.

  it('finds gaps within 5 km', async () => {
    const { skillGaps } = await gaps({ gapDistanceKm: 5 });

    // Communication: N2 (8.3 km) and N7 (15.2 km) unmet, 2 + 1 openings.
    // Collaboration: N1 has only a draft. Numeracy: N3 has O3 at 2.2 km.
    expect(skillGaps).toEqual([
      {
        skill: { id: 'communication', name: 'Communication' },
        needCount: 2,
        openings: 3,
        needs: [
          { id: needIds.n7, title: 'Booking office' },
          { id: needIds.n2, title: 'Tour guides' },
        ],
      },
      {
        skill: { id: 'collaboration', name: 'Collaboration' },
        needCount: 1,
        openings: 3,
        needs: [{ id: needIds.n1, title: 'Front desk team' }],
      },
    ]);
  });

  it('finds gaps within 10 km', async () => {
    const { skillGaps } = await gaps({ gapDistanceKm: 10 });

    // N2 is now met (O4 at 8.3 km); one unmet need each, so by name.
    expect(
      skillGaps.map((gap) => [gap.skill.id, gap.needCount, gap.openings]),
    ).toEqual([
      ['collaboration', 1, 3],
      ['communication', 1, 1],
    ]);
    expect(skillGaps[1]!.needs.map((need) => need.id)).toEqual([needIds.n7]);
  });

  it('finds gaps within 20 km', async () => {
    const { skillGaps } = await gaps({ gapDistanceKm: 20 });

    // N7 is now met (O1 at 15.2 km); only the draft-only skill is left.
    expect(skillGaps.map((gap) => gap.skill.id)).toEqual(['collaboration']);
  });

  it('defaults to 10 km', async () => {
    const { skillGaps } = await gaps({});

    expect(skillGaps.map((gap) => gap.skill.id)).toEqual([
      'collaboration',
      'communication',
    ]);
  });
});

describe('SDG gaps', () => {
  // Published in the area: O1 (SDG 4), O4 (4, 11), O5 (4, 13). So SDG 4
  // has 3, SDGs 11 and 13 have 1 each, and the other 14 have none.

  it('lists SDGs under the threshold', async () => {
    const { sdgGaps } = await gaps({ fewThreshold: 3 });

    expect(sdgGaps.map((gap) => [gap.sdg.number, gap.opportunities])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [5, 0],
      [6, 0],
      [7, 0],
      [8, 0],
      [9, 0],
      [10, 0],
      [12, 0],
      [14, 0],
      [15, 0],
      [16, 0],
      [17, 0],
      [11, 1],
      [13, 1],
    ]);
    expect(sdgGaps[0]!.sdg.shortTitle).toBe('No Poverty');
  });

  it('puts every SDG under a high threshold', async () => {
    const { sdgGaps } = await gaps({ fewThreshold: 4 });

    expect(sdgGaps).toHaveLength(17);
    expect(sdgGaps.at(-1)).toEqual({
      sdg: { number: 4, shortTitle: 'Quality Education' },
      opportunities: 3,
    });
  });

  it('lists none under zero', async () => {
    const { sdgGaps } = await gaps({ fewThreshold: 0 });

    expect(sdgGaps).toEqual([]);
  });
});

/** Reads the corners of a GeoJSON polygon's ring as [latitude, longitude]. */
function cornersOf(cell: Cell): [number, number][] {
  const polygon = JSON.parse(cell.polygon) as {
    type: string;
    coordinates: [number, number][][];
  };
  expect(polygon.type).toBe('Polygon');

  return polygon.coordinates[0]!.map(([longitude, latitude]) => [
    latitude,
    longitude,
  ]);
}

function sidesKm(cell: Cell): number[] {
  const corners = cornersOf(cell);

  return corners.slice(1).map((corner, i) => haversineKm(corners[i]!, corner));
}

describe('density grid', () => {
  it.each(['HEXAGON', 'SQUARE'])(
    'counts each venue once (%s)',
    async (shape) => {
      const response = await grid({ cellKm: 2, shape });
      const cells = response.data!.councilInsights.densityGrid;
      const total = cells.reduce((sum, cell) => sum + cell.opportunities, 0);

      // O1, O4 and O5 are published venues in the area.
      expect(response.errors).toBeUndefined();
      expect(total).toBe(3);
      expect(new Set(cells.map((cell) => cell.id)).size).toBe(cells.length);
    },
  );

  it('sizes square cells in true km', async () => {
    const response = await grid({ cellKm: 2, shape: 'SQUARE' });
    const cells = response.data!.councilInsights.densityGrid;

    // The area is about 18.5 km by 22.2 km: at least 9 × 11 cells of 2 km.
    expect(cells.length).toBeGreaterThanOrEqual(99);
    for (const cell of cells) {
      expect(cornersOf(cell)).toHaveLength(5);
      for (const side of sidesKm(cell)) {
        expect(side).toBeGreaterThan(2 * 0.97);
        expect(side).toBeLessThan(2 * 1.03);
      }
    }
  });

  it('sizes hexagon sides in true km', async () => {
    const response = await grid({ cellKm: 5, shape: 'HEXAGON' });
    const cells = response.data!.councilInsights.densityGrid;

    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cornersOf(cell)).toHaveLength(7);
      for (const side of sidesKm(cell)) {
        expect(side).toBeGreaterThan(5 * 0.97);
        expect(side).toBeLessThan(5 * 1.03);
      }
    }
  });

  it('returns only cells meeting the area', async () => {
    const response = await grid({ cellKm: 3, shape: 'HEXAGON' });
    const cells = response.data!.councilInsights.densityGrid;
    const [row]: { outside: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS outside
         FROM unnest($1::text[]) AS cell(polygon), organisations o
        WHERE o.id = $2
          AND NOT ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(polygon), 4326), o.area)`,
      [cells.map((cell) => cell.polygon), councilId],
    );

    expect(row!.outside).toBe(0);
  });

  it('puts a venue in its cell', async () => {
    const response = await grid({ cellKm: 2, shape: 'SQUARE' });
    const cells = response.data!.councilInsights.densityGrid;
    const [row]: { opportunities: number }[] = await api.dataSource.query(
      `SELECT opportunities FROM jsonb_to_recordset($1::jsonb)
                AS cell(polygon text, opportunities int)
        WHERE ST_Covers(ST_SetSRID(ST_GeomFromGeoJSON(polygon), 4326),
                        ST_SetSRID(ST_MakePoint(150.39, -33.76), 4326))`,
      [JSON.stringify(cells)],
    );

    // O4 is alone at (-33.76, 150.39), far from O1 and O5.
    expect(row!.opportunities).toBe(1);
  });

  it('rejects too many cells', async () => {
    const large = await createOrganisation(api.dataSource, 'council', {
      name: 'Large Region',
      area: squareArea(CENTRE, 2),
    });
    await addMember(api.dataSource, large, member.id, 'owner');
    const response = await grid({ cellKm: 0.5, shape: 'SQUARE' }, large);

    expect(response.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions?.field).toBe('cellKm');
    expect(response.errors![0]!.message).toMatch(
      /^A grid of 0\.5 km cells over this area would have more than 5000 cells; ask for a larger cellKm, such as \d+(\.5)?\.$/,
    );
  });

  it('accepts the suggested size', async () => {
    const large = await createOrganisation(api.dataSource, 'council', {
      name: 'Large Region Two',
      area: squareArea(CENTRE, 2),
    });
    await addMember(api.dataSource, large, member.id, 'owner');
    const rejected = await grid({ cellKm: 0.5, shape: 'HEXAGON' }, large);
    const suggested = Number(
      /such as ([\d.]+)\.$/.exec(rejected.errors![0]!.message)![1],
    );
    const response = await grid({ cellKm: suggested, shape: 'HEXAGON' }, large);

    expect(response.errors).toBeUndefined();
    expect(
      response.data!.councilInsights.densityGrid.length,
    ).toBeLessThanOrEqual(5000);
  });
});
