import { type MutationCase, rows } from './case.js';
import { unique } from './records.js';
import type { World } from './world.js';

/** Owners and editors of provider P, and admins. */
const BUILDERS = ['owner', 'editor', 'admin'] as const;

/** Every signed-in actor. */
const LEARNERS = [
  'learner',
  'otherOwner',
  'owner',
  'editor',
  'awarder',
  'admin',
] as const;

async function badgeOf(world: World, organisationId: string): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO achievements (organisation_id, name, description,
       criteria_narrative, achievement_type)
     VALUES ($1, $2, 'About it', 'Do it', 'Badge') RETURNING id`,
    [organisationId, `Badge ${unique()}`],
  );

  return row!.id as string;
}

async function pathwayFields(world: World) {
  return {
    title: `Pathway ${unique()}`,
    description: 'Three badges towards a goal.',
    goalAchievementId: await badgeOf(world, world.providerId),
    steps: [
      {
        options: [
          { achievementId: await badgeOf(world, world.otherProviderId) },
        ],
      },
    ],
  };
}

/** Inserts a pathway of provider P with one step and returns its id. */
async function insertPathway(world: World, status: string): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO pathways (organisation_id, title, description, status,
       goal_achievement_id)
     VALUES ($1, $2, 'About it', $3, $4) RETURNING id`,
    [
      world.providerId,
      `Pathway ${unique()}`,
      status,
      await badgeOf(world, world.providerId),
    ],
  );
  const id = row!.id as string;
  const [step] = await rows(
    world,
    `INSERT INTO pathway_steps (pathway_id, position) VALUES ($1, 1) RETURNING id`,
    [id],
  );
  await rows(
    world,
    `INSERT INTO pathway_step_options (step_id, position, achievement_uri,
       issuer_uri, name)
     VALUES ($1, 1, 'https://elsewhere.example.net/a',
             'did:web:elsewhere.example.net', 'Elsewhere')`,
    [step!.id],
  );

  return id;
}

function pathwayState(world: World, pathwayId: string) {
  return () =>
    rows(world, 'SELECT title, status FROM pathways WHERE id = $1', [
      pathwayId,
    ]);
}

function followers(world: World, pathwayId: string) {
  return () =>
    rows(world, 'SELECT user_id FROM pathway_followers WHERE pathway_id = $1', [
      pathwayId,
    ]);
}

function statusCase(mutation: string, from: string): MutationCase {
  return {
    mutation,
    document: `mutation ($input: PathwayIdInput!) {
      ${mutation}(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: BUILDERS,
    async prepare(world) {
      const pathwayId = await insertPathway(world, from);

      return {
        variables: { input: { pathwayId } },
        readState: pathwayState(world, pathwayId),
      };
    },
  };
}

export const PATHWAY_CASES: MutationCase[] = [
  {
    mutation: 'createPathway',
    document: `mutation ($input: CreatePathwayInput!) {
      createPathway(input: $input) { id }
    }`,
    target: 'provider',
    allowed: BUILDERS,
    async prepare(world) {
      const fields = await pathwayFields(world);

      return {
        variables: { input: { organisationId: world.providerId, ...fields } },
        readState: () =>
          rows(world, 'SELECT id FROM pathways WHERE title = $1', [
            fields.title,
          ]),
      };
    },
  },
  {
    mutation: 'updatePathway',
    document: `mutation ($input: UpdatePathwayInput!) {
      updatePathway(input: $input) { id title }
    }`,
    target: 'provider',
    allowed: BUILDERS,
    async prepare(world) {
      const pathwayId = await insertPathway(world, 'draft');

      return {
        variables: { input: { pathwayId, ...(await pathwayFields(world)) } },
        readState: pathwayState(world, pathwayId),
      };
    },
  },
  statusCase('publishPathway', 'draft'),
  statusCase('archivePathway', 'published'),
  {
    mutation: 'followPathway',
    document: `mutation ($input: PathwayIdInput!) {
      followPathway(input: $input) { id }
    }`,
    target: 'none',
    allowed: LEARNERS,
    async prepare(world) {
      const pathwayId = await insertPathway(world, 'published');

      return {
        variables: { input: { pathwayId } },
        readState: followers(world, pathwayId),
      };
    },
  },
  {
    mutation: 'unfollowPathway',
    document: `mutation ($input: PathwayIdInput!) {
      unfollowPathway(input: $input) { id }
    }`,
    target: 'none',
    allowed: LEARNERS,
    async prepare(world) {
      const pathwayId = await insertPathway(world, 'published');
      await rows(
        world,
        'INSERT INTO pathway_followers (pathway_id, user_id) VALUES ($1, $2)',
        [pathwayId, world.users.learner.id],
      );

      return {
        variables: { input: { pathwayId } },
        readState: followers(world, pathwayId),
      };
    },
  },
];
