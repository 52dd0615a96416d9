import { type MutationCase, rows } from './case.js';
import { unique } from './records.js';
import type { World } from './world.js';

/** Owners and editors of provider P, and admins. */
const DESIGNERS = ['owner', 'editor', 'admin'] as const;

function designFields(name = `Badge ${unique()}`) {
  return {
    name,
    description: 'Fixed things at the repair café.',
    criteriaNarrative: 'Took part in three repair sessions.',
    achievementType: 'Badge',
    sdgNumbers: [12],
    sdgTargets: ['12.5'],
    skillIds: ['collaboration'],
  };
}

/** Inserts a badge design of provider P and returns its id. */
async function createAchievement(world: World): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO achievements (organisation_id, name, description,
       criteria_narrative, achievement_type)
     VALUES ($1, $2, 'About it', 'Do it', 'Badge') RETURNING id`,
    [world.providerId, `Badge ${unique()}`],
  );

  return row!.id as string;
}

function achievementState(world: World, achievementId: string) {
  return () =>
    rows(world, 'SELECT name, archived_at FROM achievements WHERE id = $1', [
      achievementId,
    ]);
}

export const ACHIEVEMENT_CASES: MutationCase[] = [
  {
    mutation: 'createAchievement',
    document: `mutation ($input: CreateAchievementInput!) {
      createAchievement(input: $input) { id }
    }`,
    target: 'provider',
    allowed: DESIGNERS,
    async prepare(world) {
      const name = `Created badge ${unique()}`;

      return {
        variables: {
          input: { organisationId: world.providerId, ...designFields(name) },
        },
        readState: () =>
          rows(world, 'SELECT id FROM achievements WHERE name = $1', [name]),
      };
    },
  },
  {
    mutation: 'updateAchievement',
    document: `mutation ($input: UpdateAchievementInput!) {
      updateAchievement(input: $input) { id name }
    }`,
    target: 'provider',
    allowed: DESIGNERS,
    async prepare(world) {
      const achievementId = await createAchievement(world);

      return {
        variables: { input: { achievementId, ...designFields() } },
        readState: achievementState(world, achievementId),
      };
    },
  },
  {
    mutation: 'archiveAchievement',
    document: `mutation ($input: ArchiveAchievementInput!) {
      archiveAchievement(input: $input) { id archived }
    }`,
    target: 'provider',
    allowed: DESIGNERS,
    async prepare(world) {
      const achievementId = await createAchievement(world);

      return {
        variables: { input: { achievementId } },
        readState: achievementState(world, achievementId),
      };
    },
  },
];
