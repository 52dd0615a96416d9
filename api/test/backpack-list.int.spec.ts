import {
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearCredentials } from './support/authorisation/credential-cases.js';
import { errorOf } from './support/awards.js';
import { insertImported, issueTo } from './support/backpack.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BACKPACK = `query ($first: Int, $after: String, $sort: BackpackSort,
                          $filter: BackpackFilterInput) {
  myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount
    edges { node {
      id kind name imageUrl issuerName issuerKey issuedAt status shared
      sdgNumbers skillIds
      credential { id achievement { name } }
      importedBadge { id name }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ISSUERS = `query { myBackpackIssuers { key name badgeCount } }`;

interface Item {
  id: string;
  kind: string;
  name: string;
  issuerName: string;
  issuerKey: string;
  status: string;
  imageUrl: string | null;
  credential: { id: string } | null;
  importedBadge: { id: string } | null;
}
interface Page {
  myBackpack: {
    totalCount: number;
    edges: { node: Item }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let api: TestApp;
let learner: TestUser;
let ids: Record<string, string>;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  api = await startTestApp();
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  const library = await createOrganisation(api.dataSource, 'provider', {
    name: 'Blackheath Library',
  });
  const club = await createOrganisation(api.dataSource, 'provider', {
    name: 'Aardvark Club',
  });
  learner = await createUser(api.dataSource);
  const other = await createUser(api.dataSource);
  const at = (days: number) => new Date(Date.now() - days * DAY);
  ids = {
    valid: await issueTo(api, library, learner, {
      name: 'Beekeeper',
      sdgs: [15],
      skills: ['collaboration'],
      validFrom: at(10),
    }),
    revoked: await issueTo(api, library, learner, {
      name: 'Coder',
      status: 'revoked',
      validFrom: at(20),
    }),
    suspended: await issueTo(api, club, learner, {
      name: 'Diver',
      status: 'suspended',
      validFrom: at(30),
    }),
    expired: await issueTo(api, club, learner, {
      name: 'Explorer',
      validFrom: at(40),
      validUntil: at(1),
      sdgs: [13],
    }),
    imported: await insertImported(api.dataSource, learner.id, {
      name: 'Astronomer',
      issuedAt: at(5).toISOString(),
      sdgs: [4],
      skills: ['curiosity'],
      image: Buffer.from('png'),
    }),
    unverifiable: await insertImported(api.dataSource, learner.id, {
      name: 'Forager',
      issuerName: 'Zed Org',
      issuerUri: 'https://zed.example',
      status: 'unverifiable',
      issuedAt: at(50).toISOString(),
    }),
  };
  await issueTo(api, library, other, { name: 'Not mine' });
  await insertImported(api.dataSource, other.id, { name: 'Not mine either' });
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function backpack(variables: Record<string, unknown> = {}) {
  const response = await api.graphql<Page>(BACKPACK, variables, {
    cookie: learner.cookie,
  });
  expect(response.errors).toBeUndefined();

  return response.data!.myBackpack;
}

async function names(variables: Record<string, unknown>) {
  return (await backpack(variables)).edges.map((edge) => edge.node.name);
}

describe('myBackpack', () => {
  it('unites issued and imported badges, newest first', async () => {
    const page = await backpack();

    expect(page.totalCount).toBe(6);
    expect(page.edges.map((edge) => edge.node.name)).toEqual([
      'Astronomer',
      'Beekeeper',
      'Coder',
      'Diver',
      'Explorer',
      'Forager',
    ]);
    const [imported, issued] = page.edges.map((edge) => edge.node);
    expect(imported).toMatchObject({
      kind: 'IMPORTED',
      issuerName: 'Elsewhere Academy',
    });
    expect(imported!.importedBadge?.id).toBe(ids.imported);
    expect(imported!.credential).toBeNull();
    expect(imported!.imageUrl).toContain(
      `/api/imported-badges/${ids.imported}/image`,
    );
    expect(issued).toMatchObject({
      kind: 'ISSUED',
      issuerName: 'Blackheath Library',
    });
    expect(issued!.credential?.id).toBe(ids.valid);
  });

  it('maps each status', async () => {
    const page = await backpack();
    const status = Object.fromEntries(
      page.edges.map((edge) => [edge.node.id, edge.node.status]),
    );

    expect(status[ids.valid!]).toBe('VALID');
    expect(status[ids.revoked!]).toBe('REVOKED');
    expect(status[ids.suspended!]).toBe('SUSPENDED');
    expect(status[ids.expired!]).toBe('EXPIRED');
    expect(status[ids.imported!]).toBe('VALID');
    expect(status[ids.unverifiable!]).toBe('UNVERIFIABLE');
  });

  it.each([
    [
      'OLDEST',
      ['Forager', 'Explorer', 'Diver', 'Coder', 'Beekeeper', 'Astronomer'],
    ],
    [
      'NAME',
      ['Astronomer', 'Beekeeper', 'Coder', 'Diver', 'Explorer', 'Forager'],
    ],
    [
      'ISSUER',
      ['Diver', 'Explorer', 'Beekeeper', 'Coder', 'Astronomer', 'Forager'],
    ],
  ])('sorts by %s', async (sort, expected) => {
    expect(await names({ sort })).toEqual(expected);
  });

  it.each([
    ['SDG', { sdgs: [15, 13] }, ['Beekeeper', 'Explorer']],
    ['skill', { skills: ['curiosity'] }, ['Astronomer']],
    ['status', { statuses: ['REVOKED', 'UNVERIFIABLE'] }, ['Coder', 'Forager']],
    ['kind', { kinds: ['IMPORTED'] }, ['Astronomer', 'Forager']],
    [
      'issued date',
      {
        issuedFrom: new Date(Date.now() - 25 * DAY).toISOString(),
        issuedTo: new Date(Date.now() - 7 * DAY).toISOString(),
      },
      ['Beekeeper', 'Coder'],
    ],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await names({ filter })).toEqual(expected);
  });

  it('filters by issuer key', async () => {
    const issuers = await api.graphql<{
      myBackpackIssuers: { key: string; name: string; badgeCount: number }[];
    }>(ISSUERS, {}, { cookie: learner.cookie });
    const list = issuers.data!.myBackpackIssuers;
    const club = list.find((each) => each.name === 'Aardvark Club')!;

    expect(list.map((each) => each.name)).toEqual([
      'Aardvark Club',
      'Blackheath Library',
      'Elsewhere Academy',
      'Zed Org',
    ]);
    expect(club.badgeCount).toBe(2);
    expect(await names({ filter: { issuers: [club.key] } })).toEqual([
      'Diver',
      'Explorer',
    ]);
  });

  it.each(['NEWEST', 'NAME', 'ISSUER'])(
    'pages without repeats by %s',
    async (sort) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result = await backpack({ first: 2, after, sort });
        seen.push(...result.edges.map((edge) => edge.node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }

      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
    },
  );

  it('rejects a cursor of another sort', async () => {
    const first = await backpack({ first: 2 });
    const response = await api.graphql(
      BACKPACK,
      { first: 2, after: first.pageInfo.endCursor, sort: 'NAME' },
      { cookie: learner.cookie },
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['page size', { first: 101 }, '101'],
    ['SDG number', { filter: { sdgs: [18] } }, '18'],
    ['skill list', { filter: { skills: Array(17).fill('x') } }, '17'],
    [
      'date range',
      {
        filter: {
          issuedFrom: '2026-02-01T00:00:00Z',
          issuedTo: '2026-01-01T00:00:00Z',
        },
      },
      '2026-02-01',
    ],
    ['empty issuer', { filter: { issuers: [''] } }, '0 characters'],
  ])('rejects a bad %s', async (_name, variables, named) => {
    const error = errorOf(
      await api.graphql(BACKPACK, variables, { cookie: learner.cookie }),
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(named);
  });

  it('requires signing in', async () => {
    expect(errorOf(await api.graphql(BACKPACK)).code).toBe('UNAUTHENTICATED');
  });
});

describe('myBackpack before validFrom', () => {
  let early: TestUser;
  let futureId: string;

  beforeAll(async () => {
    const school = await createOrganisation(api.dataSource, 'provider', {
      name: 'Wentworth School',
    });
    early = await createUser(api.dataSource);
    futureId = await issueTo(api, school, early, {
      name: 'Navigator',
      validFrom: new Date(Date.now() + 3 * DAY),
    });
    await issueTo(api, school, early, { name: 'Rower' });
  });

  async function earlyBackpack(filter?: Record<string, unknown>) {
    const response = await api.graphql<Page>(
      BACKPACK,
      { filter },
      { cookie: early.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.myBackpack.edges.map((edge) => edge.node);
  }

  it('shows NOT_YET_VALID, not VALID', async () => {
    const items = await earlyBackpack();
    const future = items.find((item) => item.id === futureId);

    expect(future?.status).toBe('NOT_YET_VALID');
    expect(items.find((item) => item.name === 'Rower')?.status).toBe('VALID');
  });

  it('filters by NOT_YET_VALID', async () => {
    const items = await earlyBackpack({ statuses: ['NOT_YET_VALID'] });

    expect(items.map((item) => item.name)).toEqual(['Navigator']);
  });

  it('keeps a revoked future badge REVOKED', async () => {
    await api.dataSource.query(
      `UPDATE credentials SET status = 'revoked' WHERE id = $1`,
      [futureId],
    );
    const items = await earlyBackpack();

    expect(items.find((item) => item.id === futureId)?.status).toBe('REVOKED');
  });
});
