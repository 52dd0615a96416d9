import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import { clearListings } from './support/factories.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const KATOOMBA: [number, number] = [-33.71, 150.31];
const UNKNOWN_ID = '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11';

const INSIGHTS = `query ($councilId: ID!, $from: DateTime, $to: DateTime) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    council { id }
    from
    to
    totals { opportunities }
  }
}`;

const ARGUMENTS = `query ($councilId: ID!, $cellKm: Float, $gapDistanceKm: Float,
    $fewThreshold: Int) {
  councilInsights(councilId: $councilId) {
    densityGrid(cellKm: $cellKm) { id }
    skillGaps(gapDistanceKm: $gapDistanceKm) { needCount }
    sdgGaps(fewThreshold: $fewThreshold) { opportunities }
  }
}`;

let api: TestApp;
let councilId: string;
let unverifiedId: string;
let noAreaId: string;
let providerId: string;
const people = {} as Record<
  'owner' | 'editor' | 'awarder' | 'outsider' | 'admin' | 'unverifiedOwner',
  TestUser
>;

interface Insights {
  council: { id: string };
  from: string;
  to: string;
  totals: { opportunities: number };
}

function ask(
  user: TestUser | null,
  variables: Record<string, unknown>,
  query = INSIGHTS,
): Promise<GraphqlResponse<{ councilInsights: Insights }>> {
  return api.graphql(
    query,
    variables,
    user === null ? {} : { cookie: user.cookie },
  );
}

function errorOf(response: GraphqlResponse<unknown>) {
  expect(response.errors).toHaveLength(1);

  return response.errors![0]!;
}

beforeAll(async () => {
  api = await startTestApp();
  await api.dataSource.query('DELETE FROM skill_needs');
  await clearListings(api.dataSource);
  const area = squareArea(KATOOMBA, 0.1);
  councilId = await createOrganisation(api.dataSource, 'council', {
    name: 'Blue Mountains City Council',
    area,
  });
  unverifiedId = await createOrganisation(api.dataSource, 'council', {
    name: 'Lithgow City Council',
    area,
    verified: false,
  });
  noAreaId = await createOrganisation(api.dataSource, 'council', {
    name: 'Oberon Council',
  });
  providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Mountains Youth',
  });
  for (const role of ['owner', 'editor', 'awarder'] as const) {
    people[role] = await createUser(api.dataSource);
    await addMember(api.dataSource, councilId, people[role].id, role);
  }
  people.unverifiedOwner = await createUser(api.dataSource);
  await addMember(
    api.dataSource,
    unverifiedId,
    people.unverifiedOwner.id,
    'owner',
  );
  await addMember(api.dataSource, noAreaId, people.unverifiedOwner.id, 'owner');
  await addMember(
    api.dataSource,
    providerId,
    people.unverifiedOwner.id,
    'owner',
  );
  people.outsider = await createUser(api.dataSource);
  people.admin = await createUser(api.dataSource, { isAdmin: true });
});

afterAll(async () => {
  await api.close();
});

describe('council insights access', () => {
  it.each(['owner', 'editor', 'awarder', 'admin'] as const)(
    'opens for %s',
    async (who) => {
      const response = await ask(people[who], { councilId });

      expect(response.errors).toBeUndefined();
      expect(response.data!.councilInsights.council.id).toBe(councilId);
      expect(response.data!.councilInsights.totals.opportunities).toBe(0);
    },
  );

  it('rejects an outsider', async () => {
    const error = errorOf(await ask(people.outsider, { councilId }));

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'Only members of Blue Mountains City Council and platform administrators may see its insights.',
    );
  });

  it('rejects a signed-out request', async () => {
    const error = errorOf(await ask(null, { councilId }));

    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects members of an unverified council', async () => {
    const error = errorOf(
      await ask(people.unverifiedOwner, { councilId: unverifiedId }),
    );

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('ORGANISATION_NOT_VERIFIED');
    expect(error.message).toBe(
      'Lithgow City Council is not verified yet; its insights open once a platform administrator verifies it.',
    );
  });

  it('opens an unverified council to admins', async () => {
    const response = await ask(people.admin, { councilId: unverifiedId });

    expect(response.errors).toBeUndefined();
  });

  it('rejects a council without an area', async () => {
    const error = errorOf(await ask(people.admin, { councilId: noAreaId }));

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'Oberon Council has no area yet; an owner can set one (setCouncilArea), and insights cover that area.',
    );
  });

  it('rejects a provider id', async () => {
    const error = errorOf(
      await ask(people.unverifiedOwner, { councilId: providerId }),
    );

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('councilId');
    expect(error.message).toBe(
      `Mountains Youth (${providerId}) is a provider organisation, not a council; insights cover council areas only.`,
    );
  });

  it('rejects an employer id with its article', async () => {
    const employerId = await createOrganisation(api.dataSource, 'employer', {
      name: 'Erin Electrics',
    });
    const error = errorOf(await ask(people.admin, { councilId: employerId }));

    expect(error.message).toBe(
      `Erin Electrics (${employerId}) is an employer organisation, not a council; insights cover council areas only.`,
    );
  });

  it('rejects an unknown council', async () => {
    const error = errorOf(await ask(people.admin, { councilId: UNKNOWN_ID }));

    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`No organisation has id ${UNKNOWN_ID}.`);
  });

  it('rejects an id that is not a UUID', async () => {
    const error = errorOf(await ask(people.admin, { councilId: 'council-1' }));

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('councilId "council-1" is not a valid id');
  });
});

describe('council insights window', () => {
  it('defaults to the 12 months up to the end of today', async () => {
    const response = await ask(people.owner, { councilId });
    const { from, to } = response.data!.councilInsights;
    const tomorrow = new Date();
    tomorrow.setUTCHours(24, 0, 0, 0);
    const expectedFrom = new Date(tomorrow);
    expectedFrom.setUTCFullYear(expectedFrom.getUTCFullYear() - 1);

    expect(to).toBe(tomorrow.toISOString());
    expect(from).toBe(expectedFrom.toISOString());
  });

  it('widens a window to whole UTC days', async () => {
    const response = await ask(people.owner, {
      councilId,
      from: '2024-03-01T10:15:00.123Z',
      to: '2024-03-01T10:15:00.124Z',
    });

    expect(response.data!.councilInsights.from).toBe(
      '2024-03-01T00:00:00.000Z',
    );
    expect(response.data!.councilInsights.to).toBe('2024-03-02T00:00:00.000Z');
  });

  it('keeps a window given', async () => {
    const response = await ask(people.owner, {
      councilId,
      from: '2024-03-01T00:00:00.000Z',
      to: '2024-04-01T00:00:00.000Z',
    });

    expect(response.data!.councilInsights.from).toBe(
      '2024-03-01T00:00:00.000Z',
    );
    expect(response.data!.councilInsights.to).toBe('2024-04-01T00:00:00.000Z');
  });

  it('rejects from after to', async () => {
    const error = errorOf(
      await ask(people.owner, {
        councilId,
        from: '2025-02-01T00:00:00Z',
        to: '2025-01-01T00:00:00Z',
      }),
    );

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('from');
    expect(error.message).toBe(
      'from (2025-02-01T00:00:00.000Z) must be before to (2025-01-01T00:00:00.000Z).',
    );
  });

  it('rejects more than 5 years', async () => {
    const error = errorOf(
      await ask(people.owner, {
        councilId,
        from: '2019-12-31T23:59:59Z',
        to: '2025-01-01T00:00:00Z',
      }),
    );

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'The window from 2019-12-31T00:00:00.000Z to 2025-01-01T00:00:00.000Z (widened to whole UTC days) is longer than 5 years; ask for at most 5 years.',
    );
  });

  it('accepts exactly 5 years', async () => {
    const response = await ask(people.owner, {
      councilId,
      from: '2020-01-01T00:00:00Z',
      to: '2025-01-01T00:00:00Z',
    });

    expect(response.errors).toBeUndefined();
  });

  it('rejects a date that is not ISO 8601', async () => {
    const response = await ask(people.owner, { councilId, from: 'last year' });

    const error = errorOf(response);

    expect(response.status).toBe(400);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('$from');
    expect(error.message).toContain(
      '"last year" is not a date-time; send an ISO 8601',
    );
  });
});

describe('council insights arguments', () => {
  it.each([
    [{ cellKm: 0.4 }, 'cellKm 0.4 is out of range; use 0.5 to 50 km.'],
    [{ cellKm: 51 }, 'cellKm 51 is out of range; use 0.5 to 50 km.'],
    [
      { gapDistanceKm: 0.1 },
      'gapDistanceKm 0.1 is out of range; use 0.5 to 200 km.',
    ],
    [
      { gapDistanceKm: 250 },
      'gapDistanceKm 250 is out of range; use 0.5 to 200 km.',
    ],
    [{ fewThreshold: -1 }, 'fewThreshold -1 is out of range; use 0 to 100.'],
    [{ fewThreshold: 101 }, 'fewThreshold 101 is out of range; use 0 to 100.'],
  ])('rejects %j', async (variables, message) => {
    const response = await ask(
      people.owner,
      { councilId, ...variables },
      ARGUMENTS,
    );
    const field = Object.keys(variables)[0]!;
    const error = response.errors!.find(
      (each) => each.path?.at(-1) !== undefined,
    );

    expect(response.status).toBeLessThan(500);
    expect(response.errors).toHaveLength(1);
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions?.field).toBe(field);
    expect(error!.message).toBe(message);
  });
});
