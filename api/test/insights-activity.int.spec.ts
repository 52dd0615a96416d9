import { parse } from 'csv-parse/sync';

import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import {
  insertAchievement,
  issueCredential,
} from './support/authorisation/credential-cases.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Katoomba, NSW, as [latitude, longitude]; the council area is ±0.1°. */
const KATOOMBA: [number, number] = [-33.71, 150.31];
const FROM = '2025-01-01T00:00:00.000Z';
const TO = '2025-07-01T00:00:00.000Z';
const PLACE_KATOOMBA = 990_000_101;
const PLACE_LEURA = 990_000_102;

let api: TestApp;
let councilId: string;
let member: TestUser;

const FIGURE = `key label opportunities
  registrations { value suppressed }
  attendances { value suppressed }
  badgesIssued { value suppressed }`;

const INSIGHTS = `query ($councilId: ID!, $from: DateTime, $to: DateTime,
    $period: InsightPeriod) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    council { id name }
    from
    to
    totals { ${FIGURE} }
    bySdg { ${FIGURE} }
    bySkill { ${FIGURE} }
    byPlace { ${FIGURE} }
    overTime(period: $period) {
      periodStart opportunities
      registrations { value suppressed }
      attendances { value suppressed }
      badgesIssued { value suppressed }
    }
  }
}`;

interface Count {
  value: number | null;
  suppressed: boolean;
}

interface Figure {
  key: string;
  label: string;
  opportunities: number;
  registrations: Count;
  attendances: Count;
  badgesIssued: Count;
}

interface Insights {
  council: { id: string; name: string };
  from: string;
  to: string;
  totals: Figure;
  bySdg: Figure[];
  bySkill: Figure[];
  byPlace: Figure[];
  overTime: (Omit<Figure, 'key' | 'label'> & { periodStart: string })[];
}

const exact = (value: number): Count => ({ value, suppressed: false });
const SUPPRESSED: Count = { value: null, suppressed: true };

async function insights(period = 'MONTH'): Promise<Insights> {
  const response = await api.graphql<{ councilInsights: Insights }>(
    INSIGHTS,
    { councilId, from: FROM, to: TO, period },
    { cookie: member.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.councilInsights;
}

async function insertPlace(id: number, name: string, at: [number, number]) {
  await api.dataSource.query(
    `INSERT INTO places (id, name, search_name, country_code, location)
     VALUES ($1, $2, lower($2), 'AU',
       ST_SetSRID(ST_MakePoint($4, $3), 4326)::geography)
     ON CONFLICT (id) DO NOTHING`,
    [id, name, at[0], at[1]],
  );
}

async function sessionOf(opportunityId: string): Promise<string> {
  const [row]: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return row!.id;
}

interface RegistrationFixture {
  createdAt: string;
  status?: 'registered' | 'waitlisted' | 'withdrawn';
  attendedAt?: string;
}

/** Registers a new learner for the session; returns the registration id. */
async function register(sessionId: string, fixture: RegistrationFixture) {
  const learner = await createUser(api.dataSource);
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO registrations (session_id, user_id, status, created_at,
       withdrawn_at, attendance, attendance_marked_at)
     VALUES ($1, $2, $3::registration_status, $4,
       CASE WHEN $3::registration_status = 'withdrawn' THEN $4::timestamptz END,
       CASE WHEN $5::timestamptz IS NOT NULL THEN 'attended'::attendance END,
       $5)
     RETURNING id`,
    [
      sessionId,
      learner.id,
      fixture.status ?? 'registered',
      fixture.createdAt,
      fixture.attendedAt ?? null,
    ],
  );

  return row!.id;
}

async function issueAt(
  providerId: string,
  achievementId: string,
  issuedAt: string,
  registrationId: string | null,
) {
  const credential = await issueCredential(api, {
    organisationId: providerId,
    achievementId,
    registrationId,
  });
  await api.dataSource.query(
    'UPDATE credentials SET created_at = $2 WHERE id = $1',
    [credential.id, issuedAt],
  );

  return credential.id;
}

/**
 * The area's activity from 1 January to 1 July 2025:
 * - A1 (SDGs 4 and 11, communication, Katoomba): a session on 10 March,
 *   5 registrations in February (all attended on 10 March), one withdrawn
 *   and one made in December 2024, neither counted.
 * - A2 (SDG 4, numeracy, Leura): a session on 5 May and 4 registrations in
 *   April, 2 of them attended. Its badges: 3 for registrations on 6 May
 *   (one revoked), 1 without a registration on 1 June, and 1 on 1 August,
 *   after the window.
 * - A3 (SDG 13, Katoomba): its only session was in June 2024.
 * - Left out: a draft in the area, a published one outside it, an online
 *   one, each with a session and 6 registrations in the window.
 */
async function seedActivity(providerId: string) {
  await insertPlace(PLACE_KATOOMBA, 'Katoomba', KATOOMBA);
  await insertPlace(PLACE_LEURA, 'Leura', [-33.71, 150.33]);
  const a1 = await createOpportunity(api.dataSource, {
    title: 'Radio Storytelling',
    providerId,
    at: KATOOMBA,
    sdgs: [4, 11],
    skills: ['communication'],
    sessions: [new Date('2025-03-10T00:00:00Z')],
  });
  const a1Session = await sessionOf(a1);
  for (let day = 1; day <= 5; day += 1) {
    await register(a1Session, {
      createdAt: `2025-02-0${day}T10:00:00Z`,
      attendedAt: '2025-03-10T03:00:00Z',
    });
  }
  await register(a1Session, {
    createdAt: '2025-02-10T10:00:00Z',
    status: 'withdrawn',
  });
  await register(a1Session, { createdAt: '2024-12-15T10:00:00Z' });

  const achievementId = await insertAchievement(api.dataSource, providerId);
  const a2 = await createOpportunity(api.dataSource, {
    title: 'Budgeting Basics',
    providerId,
    at: [-33.69, 150.33],
    sdgs: [4],
    skills: ['numeracy'],
    sessions: [new Date('2025-05-05T00:00:00Z')],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET achievement_id = $2, place_id = $3 WHERE id = $1',
    [a2, achievementId, PLACE_LEURA],
  );
  await api.dataSource.query(
    'UPDATE opportunities SET place_id = $2 WHERE id = $1',
    [a1, PLACE_KATOOMBA],
  );
  const a2Session = await sessionOf(a2);
  const a2Registrations: string[] = [];
  for (let day = 1; day <= 4; day += 1) {
    a2Registrations.push(
      await register(a2Session, {
        createdAt: `2025-04-1${day}T10:00:00Z`,
        attendedAt: day <= 2 ? '2025-05-05T03:00:00Z' : undefined,
      }),
    );
  }
  const revoked = await issueAt(
    providerId,
    achievementId,
    '2025-05-06T00:00:00Z',
    a2Registrations[0]!,
  );
  await api.dataSource.query(
    `UPDATE credentials SET status = 'revoked' WHERE id = $1`,
    [revoked],
  );
  for (const registrationId of a2Registrations.slice(1, 3)) {
    await issueAt(
      providerId,
      achievementId,
      '2025-05-06T00:00:00Z',
      registrationId,
    );
  }
  await issueAt(providerId, achievementId, '2025-06-01T00:00:00Z', null);
  await issueAt(providerId, achievementId, '2025-08-01T00:00:00Z', null);

  const a3 = await createOpportunity(api.dataSource, {
    title: 'Bushwalk Mapping',
    providerId,
    at: [-33.75, 150.28],
    sdgs: [13],
    sessions: [new Date('2024-06-01T00:00:00Z')],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET place_id = $2 WHERE id = $1',
    [a3, PLACE_KATOOMBA],
  );
  await seedExcluded(providerId);
}

async function seedExcluded(providerId: string) {
  const fixtures = [
    { title: 'Draft Workshop', at: KATOOMBA, status: 'draft' },
    { title: 'Wollongong Workshop', at: [-34.42, 150.89] },
    { title: 'Online Workshop' },
  ] as const;
  for (const fixture of fixtures) {
    const id = await createOpportunity(api.dataSource, {
      ...fixture,
      at: 'at' in fixture ? [...fixture.at] : undefined,
      providerId,
      sdgs: [4],
      skills: ['numeracy'],
      sessions: [new Date('2025-03-01T00:00:00Z')],
    });
    const sessionId = await sessionOf(id);
    for (let day = 1; day <= 6; day += 1) {
      await register(sessionId, { createdAt: `2025-02-1${day}T10:00:00Z` });
    }
  }
}

beforeAll(async () => {
  api = await startTestApp();
  await api.dataSource.query('DELETE FROM skill_needs');
  await clearListings(api.dataSource);
  councilId = await createOrganisation(api.dataSource, 'council', {
    name: 'Blue Mountains City Council',
    area: squareArea(KATOOMBA, 0.1),
  });
  member = await createUser(api.dataSource);
  await addMember(api.dataSource, councilId, member.id, 'awarder');
  const providerId = await createProvider(api.dataSource, 'Mountains Youth');
  await seedActivity(providerId);
});

afterAll(async () => {
  await api.close();
});

describe('council insights activity', () => {
  it('echoes the council and window', async () => {
    const result = await insights();

    expect(result.council).toEqual({
      id: councilId,
      name: 'Blue Mountains City Council',
    });
    expect(result.from).toBe(FROM);
    expect(result.to).toBe(TO);
  });

  it('totals the area', async () => {
    const { totals } = await insights();

    // A1 and A2 have sessions in the window; 5 + 4 registrations, 5 + 2
    // attendances, 3 + 1 badges (the revoked one included).
    expect(totals).toEqual({
      key: 'total',
      label: 'All opportunities',
      opportunities: 2,
      registrations: exact(9),
      attendances: exact(7),
      badgesIssued: SUPPRESSED,
    });
  });

  it('lists all 17 SDGs', async () => {
    const { bySdg } = await insights();

    expect(bySdg.map((figure) => figure.key)).toEqual(
      Array.from({ length: 17 }, (_, index) => String(index + 1)),
    );
    expect(bySdg[3]).toEqual({
      key: '4',
      label: 'Quality Education',
      opportunities: 2,
      registrations: exact(9),
      attendances: exact(7),
      badgesIssued: SUPPRESSED,
    });
    expect(bySdg[10]).toEqual({
      key: '11',
      label: 'Sustainable Cities and Communities',
      opportunities: 1,
      registrations: exact(5),
      attendances: exact(5),
      badgesIssued: exact(0),
    });
    expect(bySdg[12]!.opportunities).toBe(0);
    expect(bySdg[0]).toEqual({
      key: '1',
      label: 'No Poverty',
      opportunities: 0,
      registrations: exact(0),
      attendances: exact(0),
      badgesIssued: exact(0),
    });
  });

  it('lists all 16 skills', async () => {
    const { bySkill } = await insights();
    const byKey = new Map(bySkill.map((figure) => [figure.key, figure]));

    expect(bySkill).toHaveLength(16);
    expect(bySkill[0]!.key).toBe('literacy');
    // Numeracy's 4 registrations and 2 attendances are the only small
    // counts, so communication's 5 and 5 are withheld too: otherwise they
    // and the totals would give numeracy's away.
    expect(byKey.get('communication')).toEqual({
      key: 'communication',
      label: 'Communication',
      opportunities: 1,
      registrations: SUPPRESSED,
      attendances: SUPPRESSED,
      badgesIssued: exact(0),
    });
  });

  it('suppresses 1 to 4 people', async () => {
    const { bySkill } = await insights();
    const numeracy = bySkill.find((figure) => figure.key === 'numeracy');

    // A2 alone: 4 registrations, 2 attendances, 4 badges.
    expect(numeracy).toEqual({
      key: 'numeracy',
      label: 'Numeracy',
      opportunities: 1,
      registrations: SUPPRESSED,
      attendances: SUPPRESSED,
      badgesIssued: SUPPRESSED,
    });
  });

  it('ranks places by opportunities', async () => {
    const { byPlace } = await insights();

    // One opportunity each; Katoomba has more registrations (5 against 4).
    // Its 5s are withheld beside Leura's lone small counts.
    expect(byPlace).toEqual([
      {
        key: String(PLACE_KATOOMBA),
        label: 'Katoomba',
        opportunities: 1,
        registrations: SUPPRESSED,
        attendances: SUPPRESSED,
        badgesIssued: exact(0),
      },
      {
        key: String(PLACE_LEURA),
        label: 'Leura',
        opportunities: 1,
        registrations: SUPPRESSED,
        attendances: SUPPRESSED,
        badgesIssued: SUPPRESSED,
      },
    ]);
  });

  it('buckets months with empty ones', async () => {
    const { overTime } = await insights('MONTH');

    expect(
      overTime.map((point) => [
        point.periodStart,
        point.opportunities,
        point.registrations,
        point.attendances,
        point.badgesIssued,
      ]),
    ).toEqual([
      // February's 5 registrations and March's 5 attendances are withheld
      // beside April's and May's lone small counts; May's and June's
      // badges are both small already.
      ['2025-01-01', 0, exact(0), exact(0), exact(0)],
      ['2025-02-01', 0, SUPPRESSED, exact(0), exact(0)],
      ['2025-03-01', 1, exact(0), SUPPRESSED, exact(0)],
      ['2025-04-01', 0, SUPPRESSED, exact(0), exact(0)],
      ['2025-05-01', 1, exact(0), SUPPRESSED, SUPPRESSED],
      ['2025-06-01', 0, exact(0), exact(0), SUPPRESSED],
    ]);
  });

  it('counts whole UTC days whatever the times asked for', async () => {
    // The first A1 registration was made at 10:00:00.000 on 1 February.
    // A window starting a millisecond later still counts it.
    const response = await api.graphql<{ councilInsights: Insights }>(
      `query ($councilId: ID!, $from: DateTime, $to: DateTime) {
        councilInsights(councilId: $councilId, from: $from, to: $to) {
          from to totals { registrations { value suppressed } }
        }
      }`,
      {
        councilId,
        from: '2025-02-01T10:00:00.001Z',
        to: '2025-02-05T10:00:00.000Z',
      },
      { cookie: member.cookie },
    );
    const result = response.data!.councilInsights;

    expect(result.from).toBe('2025-02-01T00:00:00.000Z');
    expect(result.to).toBe('2025-02-06T00:00:00.000Z');
    expect(result.totals.registrations).toEqual(exact(5));
  });

  it('buckets weeks from Monday', async () => {
    const { overTime } = await insights('WEEK');
    const march = overTime.find((point) => point.periodStart === '2025-03-10');

    // 1 January 2025 is a Wednesday, so the first week starts on Monday
    // 30 December 2024; the last starts on Monday 30 June 2025. That is
    // 182 days apart: 26 weeks, 27 points.
    expect(overTime).toHaveLength(27);
    expect(overTime[0]!.periodStart).toBe('2024-12-30');
    expect(overTime.at(-1)!.periodStart).toBe('2025-06-30');
    expect(march!.opportunities).toBe(1);
    // March's 5 attendances are withheld beside May's 2.
    expect(march!.attendances).toEqual(SUPPRESSED);
  });
});

describe('council insights CSV', () => {
  async function download(path: string, user: TestUser | null = member) {
    const response = await fetch(`${api.baseUrl}${path}`, {
      headers: user === null ? {} : { cookie: user.cookie },
    });

    return {
      status: response.status,
      headers: response.headers,
      // Read the bytes: Response.text() would drop the byte order mark.
      text: Buffer.from(await response.arrayBuffer()).toString('utf8'),
    };
  }

  const window = `from=${FROM}&to=${TO}`;

  it('writes places exactly', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/places.csv?${window}`,
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="insights-blue-mountains-city-council-places-2025-01-01-to-2025-07-01.csv"',
    );
    expect(response.text).toBe(
      '\ufeffplace_id,place,opportunities,registrations,attendances,badges_issued\n' +
        `${PLACE_KATOOMBA},Katoomba,1,<5,<5,0\n` +
        `${PLACE_LEURA},Leura,1,<5,<5,<5\n`,
    );
  });

  it('writes suppressed months as <5', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/over-time.csv?${window}&period=month`,
    );
    const records: string[][] = parse(response.text, { bom: true });

    expect(records).toEqual([
      [
        'period_start',
        'opportunities',
        'registrations',
        'attendances',
        'badges_issued',
      ],
      ['2025-01-01', '0', '0', '0', '0'],
      ['2025-02-01', '0', '<5', '0', '0'],
      ['2025-03-01', '1', '0', '<5', '0'],
      ['2025-04-01', '0', '<5', '0', '0'],
      ['2025-05-01', '1', '0', '<5', '<5'],
      ['2025-06-01', '0', '0', '0', '<5'],
    ]);
  });

  it('writes all SDGs', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/sdgs.csv?${window}`,
    );
    const records: string[][] = parse(response.text, { bom: true });

    expect(records).toHaveLength(18);
    expect(records[4]).toEqual(['4', 'Quality Education', '2', '9', '7', '<5']);
  });

  it('counts whole UTC days in CSV too', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/sdgs.csv?from=2025-02-01T10:00:00.001Z&to=2025-02-05T10:00:00.000Z`,
    );
    const records: string[][] = parse(response.text, { bom: true });

    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="insights-blue-mountains-city-council-sdgs-2025-02-01-to-2025-02-06.csv"',
    );
    // A1's 5 registrations; its session, in March, is outside the window.
    expect(records[4]).toEqual(['4', 'Quality Education', '0', '5', '0', '0']);
  });

  it.each([
    ['sdgs.csv?from[]=2025-01-01', 'Give from as from=value, not as "from[]".'],
    ['sdgs.csv?to[end]=2025-01-01', 'Give to as to=value, not as "to[end]".'],
    [
      'sdgs.csv?zzz=1',
      'There is no insights parameter "zzz"; use from, to, period, cellKm, shape, gapDistanceKm, fewThreshold.',
    ],
    [
      'density.csv?period=bogus',
      'period "bogus" is not allowed; use one of WEEK, MONTH.',
    ],
    ['sdgs.csv?cellKm=0.1', 'cellKm 0.1 is out of range; use 0.5 to 50 km.'],
    ['sdgs.csv?fewThreshold=2.5', 'fewThreshold 2.5 is not a whole number'],
    ['sdgs.csv?shape=round', 'shape "round" is not allowed'],
    ['sdgs.csv?period=week&period=month', 'Give period once'],
    [
      'sdgs.csv?from=2026-02-30T00:00:00Z',
      'from "2026-02-30T00:00:00Z" is not',
    ],
    ['sdgs.csv?to=2025-01-01', 'to "2025-01-01" is not a date-time'],
  ])('rejects %s', async (path, message) => {
    const response = await download(
      `/api/councils/${councilId}/insights/${path}`,
    );
    const error = JSON.parse(response.text).errors[0];

    expect(response.status).toBe(400);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
  });

  it('accepts every parameter on every table', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/sdgs.csv?${window}&period=week&cellKm=5&shape=square&gapDistanceKm=20&fewThreshold=4`,
    );

    expect(response.status).toBe(200);
  });

  it('rejects an unknown table', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/people.csv`,
    );

    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].message).toBe(
      'There is no insights table "people"; use one of sdgs, skills, places, over-time, density, skill-gaps, sdg-gaps.',
    );
  });

  it.each([
    ['from=yesterday', 'from "yesterday" is not a date-time'],
    ['period=year', 'period "year" is not allowed; use one of WEEK, MONTH.'],
    ['cellKm=tiny', 'cellKm "tiny" is not a number.'],
    ['from=2025-01-01&from=2025-02-01', 'Give from once'],
  ])('rejects %s', async (query, message) => {
    const table = query.startsWith('cellKm') ? 'density' : 'over-time';
    const response = await download(
      `/api/councils/${councilId}/insights/${table}.csv?${query}`,
    );

    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].message).toContain(message);
  });

  it('rejects a signed-out request', async () => {
    const response = await download(
      `/api/councils/${councilId}/insights/sdgs.csv`,
      null,
    );

    expect(response.status).toBe(401);
  });

  it('rejects an outsider', async () => {
    const outsider = await createUser(api.dataSource);
    const response = await download(
      `/api/councils/${councilId}/insights/sdgs.csv`,
      outsider,
    );

    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).errors[0].message).toBe(
      'Only members of Blue Mountains City Council and platform administrators may see its insights.',
    );
  });
});
