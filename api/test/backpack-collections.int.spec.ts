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

const FIELDS =
  'id name description public shareUrl badgeCount badges { id kind shared }';
const CREATE = `mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCollectionInput!) { updateCollection(input: $input) { ${FIELDS} } }`;
const ADD = `mutation ($input: CollectionBadgeInput!) { addBadgeToCollection(input: $input) { ${FIELDS} } }`;
const REMOVE = `mutation ($input: CollectionBadgeInput!) { removeBadgeFromCollection(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveCollectionBadgeInput!) { moveCollectionBadge(input: $input) { ${FIELDS} } }`;
const REORDER = `mutation ($input: ReorderCollectionInput!) { reorderCollection(input: $input) { ${FIELDS} } }`;
const PUBLIC = `mutation ($input: SetCollectionPublicInput!) { setCollectionPublic(input: $input) { ${FIELDS} } }`;
const REPLACE = `mutation ($input: CollectionInput!) { replaceCollectionShareLink(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation ($input: CollectionInput!) { deleteCollection(input: $input) }`;
const ONE = `query ($id: ID!) { collection(id: $id) { ${FIELDS} } }`;
const MINE = `query { myCollections { id name badgeCount } }`;
const BY_TOKEN = `query ($token: String!) {
  publicCollection(token: $token) {
    name description ownerName badges { id kind name publicUrl }
  }
}`;

interface Collection {
  id: string;
  name: string;
  public: boolean;
  shareUrl: string | null;
  badgeCount: number;
  badges: { id: string; kind: string; shared: boolean }[];
}

let api: TestApp;
let providerId: string;
let learner: TestUser;
let stranger: TestUser;

beforeAll(async () => {
  api = await startTestApp();
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  learner = await createUser(api.dataSource, { name: 'Robin Learner' });
  stranger = await createUser(api.dataSource);
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function call<T = Collection>(
  document: string,
  input: Record<string, unknown>,
  user: TestUser = learner,
) {
  const response = await api.graphql<Record<string, T>>(
    document,
    { input },
    { cookie: user.cookie },
  );
  const value = response.data ? Object.values(response.data)[0] : undefined;

  return { response, value };
}

async function create(name = 'Science'): Promise<Collection> {
  const { response, value } = await call(CREATE, { name });
  expect(response.errors).toBeUndefined();

  return value!;
}

async function badges() {
  return {
    issued: await issueTo(api, providerId, learner, { name: 'Beekeeper' }),
    imported: await insertImported(api.dataSource, learner.id, {
      name: 'Astronomer',
    }),
  };
}

function tokenOf(collection: Collection): string {
  return collection.shareUrl!.split('/collections/')[1]!;
}

describe('collections', () => {
  it('creates, adds, orders and removes badges', async () => {
    const collection = await create();
    const { issued, imported } = await badges();
    const third = await issueTo(api, providerId, learner, { name: 'Coder' });
    const badge = (kind: string, id: string) => ({
      collectionId: collection.id,
      badge: { kind, id },
    });
    await call(ADD, badge('ISSUED', issued));
    await call(ADD, badge('IMPORTED', imported));
    await call(ADD, badge('ISSUED', third));

    const moved = await call(MOVE, { ...badge('ISSUED', third), position: 0 });
    expect(moved.value!.badges.map((each) => each.id)).toEqual([
      third,
      issued,
      imported,
    ]);

    const reordered = await call(REORDER, {
      collectionId: collection.id,
      badges: [
        { kind: 'IMPORTED', id: imported },
        { kind: 'ISSUED', id: issued },
        { kind: 'ISSUED', id: third },
      ],
    });
    expect(reordered.value!.badges.map((each) => each.id)).toEqual([
      imported,
      issued,
      third,
    ]);

    const removed = await call(REMOVE, badge('ISSUED', issued));
    expect(removed.value!.badges.map((each) => each.id)).toEqual([
      imported,
      third,
    ]);
    expect(removed.value!.badgeCount).toBe(2);
    expect(removed.value!.badges.every((each) => !each.shared)).toBe(true);
  });

  it('lists the learner’s collections with counts', async () => {
    const user = await createUser(api.dataSource);
    const created = await call(CREATE, { name: 'Mine' }, user);
    const response = await api.graphql<{ myCollections: Collection[] }>(
      MINE,
      {},
      { cookie: user.cookie },
    );

    expect(response.data!.myCollections).toEqual([
      { id: created.value!.id, name: 'Mine', badgeCount: 0 },
    ]);
  });

  it('rejects a duplicate badge and a reorder that misses one', async () => {
    const collection = await create();
    const { issued, imported } = await badges();
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'IMPORTED', id: imported },
    });

    const again = await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });
    const partial = await call(REORDER, {
      collectionId: collection.id,
      badges: [{ kind: 'ISSUED', id: issued }],
    });

    expect(errorOf(again.response).code).toBe('CONFLICT');
    expect(errorOf(partial.response).code).toBe('BAD_USER_INPUT');
  });

  it('keeps another learner out', async () => {
    const collection = await create();
    const { issued } = await badges();
    const input = { collectionId: collection.id };

    const read = await api.graphql(
      ONE,
      { id: collection.id },
      { cookie: stranger.cookie },
    );
    const rename = await call(UPDATE, { ...input, name: 'Taken' }, stranger);
    const add = await call(
      ADD,
      { ...input, badge: { kind: 'ISSUED', id: issued } },
      stranger,
    );
    const remove = await call(DELETE, input, stranger);
    const publish = await call(PUBLIC, { ...input, public: true }, stranger);

    for (const response of [
      read,
      rename.response,
      add.response,
      remove.response,
      publish.response,
    ]) {
      expect(errorOf(response).code).toBe('NOT_FOUND');
    }
    const own = await api.graphql<{ collection: Collection }>(
      ONE,
      { id: collection.id },
      { cookie: learner.cookie },
    );
    expect(own.data!.collection).toMatchObject({
      name: 'Science',
      public: false,
    });
  });

  it('rejects adding a badge of another learner', async () => {
    const collection = await create();
    const theirs = await issueTo(api, providerId, stranger);
    const { response } = await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: theirs },
    });

    expect(errorOf(response).code).toBe('NOT_FOUND');
  });

  it('shares a public collection by link, signed out', async () => {
    const collection = await create('Open');
    const { issued, imported } = await badges();
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });

    const published = await call(PUBLIC, {
      collectionId: collection.id,
      public: true,
    });
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'IMPORTED', id: imported },
    });
    const token = tokenOf(published.value!);
    const page = await api.graphql<{
      publicCollection: {
        ownerName: string;
        badges: { id: string; publicUrl: string }[];
      };
    }>(BY_TOKEN, { token });

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.data!.publicCollection.ownerName).toBe('Robin Learner');
    expect(page.data!.publicCollection.badges.map((each) => each.id)).toEqual([
      issued,
      imported,
    ]);
    expect(page.data!.publicCollection.badges[0]!.publicUrl).toMatch(
      new RegExp(`/badges/${issued}$`),
    );
    expect(page.data!.publicCollection.badges[1]!.publicUrl).toMatch(
      new RegExp(`/imported-badges/${imported}$`),
    );
  });

  it('hides badges the learner stopped sharing', async () => {
    const collection = await create();
    const { issued, imported } = await badges();
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'IMPORTED', id: imported },
    });
    const published = await call(PUBLIC, {
      collectionId: collection.id,
      public: true,
    });
    await api.dataSource.query(
      'UPDATE credentials SET shared_at = NULL WHERE id = $1',
      [issued],
    );

    const page = await api.graphql<{
      publicCollection: { badges: { id: string }[] };
    }>(BY_TOKEN, { token: tokenOf(published.value!) });

    expect(page.data!.publicCollection.badges.map((each) => each.id)).toEqual([
      imported,
    ]);
  });

  it('ends the old link when replaced or turned off', async () => {
    const collection = await create();
    const first = await call(PUBLIC, {
      collectionId: collection.id,
      public: true,
    });
    const replaced = await call(REPLACE, { collectionId: collection.id });
    const oldPage = await api.graphql(BY_TOKEN, {
      token: tokenOf(first.value!),
    });
    const newPage = await api.graphql(BY_TOKEN, {
      token: tokenOf(replaced.value!),
    });
    await call(PUBLIC, { collectionId: collection.id, public: false });
    const offPage = await api.graphql(BY_TOKEN, {
      token: tokenOf(replaced.value!),
    });

    expect(tokenOf(replaced.value!)).not.toBe(tokenOf(first.value!));
    expect(errorOf(oldPage).code).toBe('NOT_FOUND');
    expect(newPage.errors).toBeUndefined();
    expect(errorOf(offPage).code).toBe('NOT_FOUND');
    expect(errorOf(await api.graphql(BY_TOKEN, { token: 'short' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('rejects replacing the link of a private collection', async () => {
    const collection = await create();
    const { response } = await call(REPLACE, { collectionId: collection.id });

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });

  it('deletes a collection but keeps its badges', async () => {
    const collection = await create();
    const { issued } = await badges();
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });
    const { value } = await call<string>(DELETE, {
      collectionId: collection.id,
    });
    const [row] = await api.dataSource.query(
      'SELECT count(*)::int AS n FROM credentials WHERE id = $1',
      [issued],
    );

    expect(value).toBe(collection.id);
    expect(row.n).toBe(1);
  });

  it.each([
    ['empty name', CREATE, { name: '   ' }, 'input.name'],
    ['long name', CREATE, { name: 'x'.repeat(101) }, 'input.name'],
    ['control character', CREATE, { name: 'Bad\u0007name' }, 'input.name'],
    [
      'long description',
      CREATE,
      { name: 'Ok', description: 'x'.repeat(1001) },
      'input.description',
    ],
  ])('rejects a %s', async (_name, document, input, field) => {
    const error = errorOf((await call(document, input)).response);

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
  });

  it('rejects a position outside the collection', async () => {
    const collection = await create();
    const { issued } = await badges();
    await call(ADD, {
      collectionId: collection.id,
      badge: { kind: 'ISSUED', id: issued },
    });
    const error = errorOf(
      (
        await call(MOVE, {
          collectionId: collection.id,
          badge: { kind: 'ISSUED', id: issued },
          position: 5,
        })
      ).response,
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('5');
  });

  it('limits a learner to 50 collections', async () => {
    const user = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO badge_collections (user_id, name)
       SELECT $1, 'C' || n FROM generate_series(1, 50) n`,
      [user.id],
    );
    const error = errorOf(
      (await call(CREATE, { name: 'One more' }, user)).response,
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('50');
  });

  it('limits a collection to 200 badges', async () => {
    const collection = await create();
    const ids: string[] = [];
    for (let n = 0; n < 200; n += 1) {
      ids.push(
        await insertImported(api.dataSource, learner.id, { name: `B${n}` }),
      );
    }
    await api.dataSource.query(
      `INSERT INTO badge_collection_items (collection_id, imported_credential_id, position)
       SELECT $1, id, ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id)`,
      [collection.id, ids],
    );
    const extra = await insertImported(api.dataSource, learner.id);
    const error = errorOf(
      (
        await call(ADD, {
          collectionId: collection.id,
          badge: { kind: 'IMPORTED', id: extra },
        })
      ).response,
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('200');
  });
});
