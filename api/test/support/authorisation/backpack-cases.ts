import { randomUUID } from 'node:crypto';

import { createUser, type TestUser } from '../accounts.js';
import { insertImported } from '../backpack.js';
import { type MutationCase, rows } from './case.js';
import { type Actor, SIGNED_IN, standInFor, type World } from './world.js';

/**
 * The user whose records the attempt acts on: a stand-in with the actor's
 * standing, or a throwaway user for anonymous attempts.
 */
async function ownerFor(world: World, actor: Actor): Promise<TestUser> {
  return (
    (await standInFor(world, actor)) ?? (await createUser(world.api.dataSource))
  );
}

async function insertCollection(
  world: World,
  userId: string,
  options: { shareToken?: string; badges?: string[] } = {},
): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO badge_collections (user_id, name, share_token)
     VALUES ($1, 'Science', $2) RETURNING id`,
    [userId, options.shareToken ?? null],
  );
  const id = row!.id as string;
  for (const [position, badgeId] of (options.badges ?? []).entries()) {
    await rows(
      world,
      `INSERT INTO badge_collection_items
         (collection_id, imported_credential_id, position)
       VALUES ($1, $2, $3)`,
      [id, badgeId, position],
    );
  }

  return id;
}

function collectionState(world: World, collectionId: string) {
  return () =>
    rows(
      world,
      `SELECT c.name, c.description, c.share_token,
              (SELECT json_agg(json_build_object('badge',
                      i.imported_credential_id, 'position', i.position)
                      ORDER BY i.position)
                 FROM badge_collection_items i
                WHERE i.collection_id = c.id) AS items
         FROM badge_collections c WHERE c.id = $1`,
      [collectionId],
    );
}

function addressState(world: World, userId: string) {
  return () =>
    rows(
      world,
      `SELECT email, verified_at FROM user_emails WHERE user_id = $1
        ORDER BY email`,
      [userId],
    );
}

const COLLECTION_FIELDS = '{ id name }';

/**
 * A collection mutation: each signed-in actor changes a collection of its
 * own. The collection spec checks that other learners get NOT_FOUND.
 */
function collectionCase(
  mutation: string,
  inputType: string,
  input: (collectionId: string, badges: string[]) => Record<string, unknown>,
  options: { public?: boolean; badges?: number; returnsId?: boolean } = {},
): MutationCase {
  return {
    mutation,
    document: `mutation ($input: ${inputType}!) {
      ${mutation}(input: $input) ${options.returnsId === true ? '' : COLLECTION_FIELDS}
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const owner = await ownerFor(world, actor);
      const badges: string[] = [];
      for (let n = 0; n < (options.badges ?? 0); n += 1) {
        badges.push(await insertImported(world.api.dataSource, owner.id));
      }
      const collectionId = await insertCollection(world, owner.id, {
        shareToken:
          options.public === true
            ? Buffer.from(randomUUID() + randomUUID())
                .toString('base64url')
                .slice(0, 43)
            : undefined,
        badges: badges.slice(0, options.badges === 3 ? 2 : badges.length),
      });

      return {
        variables: { input: input(collectionId, badges) },
        cookie: owner.cookie,
        readState: collectionState(world, collectionId),
      };
    },
  };
}

const badge = (id: string) => ({ kind: 'IMPORTED', id });

export const BACKPACK_CASES: MutationCase[] = [
  {
    mutation: 'addEmailAddress',
    document: `mutation ($input: AddEmailAddressInput!) {
      addEmailAddress(input: $input) { id email }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const owner = await ownerFor(world, actor);

      return {
        variables: {
          input: { email: `extra-${randomUUID().slice(0, 8)}@example.org` },
        },
        cookie: owner.cookie,
        readState: addressState(world, owner.id),
      };
    },
  },
  ...(['resendEmailAddressVerification', 'removeEmailAddress'] as const).map(
    (mutation): MutationCase => ({
      mutation,
      document: `mutation ($input: EmailAddressInput!) {
        ${mutation}(input: $input)
      }`,
      target: 'none',
      allowed: SIGNED_IN,
      async prepare(world, actor) {
        const owner = await ownerFor(world, actor);
        const [row] = await rows(
          world,
          `INSERT INTO user_emails (user_id, email) VALUES ($1, $2)
           RETURNING id`,
          [owner.id, `extra-${randomUUID().slice(0, 8)}@example.org`],
        );

        return {
          variables: { input: { emailAddressId: row!.id } },
          cookie: owner.cookie,
          readState: addressState(world, owner.id),
        };
      },
    }),
  ),
  {
    mutation: 'createCollection',
    document: `mutation ($input: CreateCollectionInput!) {
      createCollection(input: $input) ${COLLECTION_FIELDS}
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const owner = await ownerFor(world, actor);

      return {
        variables: { input: { name: 'Science' } },
        cookie: owner.cookie,
        readState: () =>
          rows(world, 'SELECT id FROM badge_collections WHERE user_id = $1', [
            owner.id,
          ]),
      };
    },
  },
  collectionCase('updateCollection', 'UpdateCollectionInput', (id) => ({
    collectionId: id,
    name: 'Renamed',
    description: 'Badges from the science fair.',
  })),
  collectionCase(
    'deleteCollection',
    'CollectionInput',
    (id) => ({ collectionId: id }),
    { returnsId: true },
  ),
  collectionCase(
    'addBadgeToCollection',
    'CollectionBadgeInput',
    (id, badges) => ({ collectionId: id, badge: badge(badges[2]!) }),
    { badges: 3 },
  ),
  collectionCase(
    'removeBadgeFromCollection',
    'CollectionBadgeInput',
    (id, badges) => ({ collectionId: id, badge: badge(badges[0]!) }),
    { badges: 2 },
  ),
  collectionCase(
    'moveCollectionBadge',
    'MoveCollectionBadgeInput',
    (id, badges) => ({
      collectionId: id,
      badge: badge(badges[1]!),
      position: 0,
    }),
    { badges: 2 },
  ),
  collectionCase(
    'reorderCollection',
    'ReorderCollectionInput',
    (id, badges) => ({
      collectionId: id,
      badges: [badge(badges[1]!), badge(badges[0]!)],
    }),
    { badges: 2 },
  ),
  collectionCase('setCollectionPublic', 'SetCollectionPublicInput', (id) => ({
    collectionId: id,
    public: true,
  })),
  collectionCase(
    'replaceCollectionShareLink',
    'CollectionInput',
    (id) => ({ collectionId: id }),
    { public: true },
  ),
];
