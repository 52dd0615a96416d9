import type { Attempt, MutationCase } from './case.js';
import { rows } from './case.js';
import { type Actor, SIGNED_IN, type World } from './world.js';

/**
 * An Open Badges 2.0 assertion whose id is no URL, so verifying it fetches
 * nothing and ends unverifiable.
 */
const UNHOSTED_ASSERTION = JSON.stringify({
  '@context': 'https://w3id.org/openbadges/v2',
  id: 'urn:uuid:1b5e0f0e-7d1c-4d7e-9f55-0d6c3e1f2a10',
  type: 'Assertion',
  recipient: { type: 'email', hashed: false, identity: 'nobody@example.org' },
  badge: 'urn:uuid:0f7c2a3e-5b1d-4e8f-a1c2-3d4e5f6a7b8c',
  issuedOn: '2025-01-01T00:00:00Z',
  verification: { type: 'hosted' },
});

/**
 * Inserts an unverifiable import owned by the actor (none for anonymous),
 * so that each signed-in actor acts on an import of their own.
 */
async function ownImport(world: World, actor: Actor): Promise<string> {
  const owner = actor.user?.id ?? world.users.learner.id;
  const [row] = await rows(
    world,
    `INSERT INTO imported_credentials (user_id, source, raw_text, status,
       verified_at, failure_reason)
     VALUES ($1, 'json', $2, 'unverifiable', now(), 'Not verified')
     RETURNING id`,
    [owner, UNHOSTED_ASSERTION],
  );

  return String(row!.id);
}

function readImport(world: World, id: string): Promise<unknown> {
  return rows(
    world,
    'SELECT status, shared_at, verified_at FROM imported_credentials WHERE id = $1',
    [id],
  );
}

async function onOwnImport(
  world: World,
  actor: Actor,
  variables: (id: string) => Record<string, unknown>,
): Promise<Attempt> {
  const id = await ownImport(world, actor);

  return { variables: variables(id), readState: () => readImport(world, id) };
}

/** Learners' own imports: any signed-in user, on their own records only. */
export const BADGE_IMPORT_CASES: MutationCase[] = [
  {
    mutation: 'importBadgeText',
    document: `mutation ($input: ImportBadgeTextInput!) {
      importBadgeText(input: $input) { created badge { id status } }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: async () => ({
      variables: { input: { text: UNHOSTED_ASSERTION } },
    }),
  },
  {
    mutation: 'importBadgeUrl',
    document: `mutation ($input: ImportBadgeUrlInput!) {
      importBadgeUrl(input: $input) { created badge { id status } }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    // The fetch guard rejects the loopback address before connecting.
    prepare: async () => ({
      variables: { input: { url: 'http://127.0.0.1:9/assertion' } },
    }),
  },
  {
    mutation: 'reverifyImportedBadge',
    document: `mutation ($id: ID!) { reverifyImportedBadge(id: $id) { id status } }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => onOwnImport(world, actor, (id) => ({ id })),
  },
  {
    mutation: 'shareImportedBadge',
    document: `mutation ($input: ShareImportedBadgeInput!) {
      shareImportedBadge(input: $input) { id shared }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) =>
      onOwnImport(world, actor, (id) => ({ input: { id, shared: true } })),
  },
  {
    mutation: 'deleteImportedBadge',
    document: 'mutation ($id: ID!) { deleteImportedBadge(id: $id) }',
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => onOwnImport(world, actor, (id) => ({ id })),
  },
];
