import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from '../accounts.js';
import { type MutationCase, rows } from './case.js';
import { unique } from './records.js';
import { type Actor, KATOOMBA, SIGNED_IN, type World } from './world.js';

/** Owners and editors of the employer, and admins. */
const NEED_EDITORS = ['owner', 'editor', 'admin'] as const;

const NEED_FIELDS = {
  title: 'Apprentice carpenters',
  skillIds: ['collaboration', 'numeracy'],
  location: KATOOMBA,
  radiusKm: 30,
  openings: 2,
  closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  applyUrl: 'https://jobs.example.org/carpentry',
};

/**
 * Makes a verified employer for one attempt and a stand-in for the actor:
 * a member with the actor's role for owner, editor and awarder, the owner
 * of another employer for otherOwner, else a plain or admin account.
 */
async function employerFor(
  world: World,
  actor: Actor,
): Promise<{ employerId: string; standIn: TestUser | null }> {
  const ds = world.api.dataSource;
  const employerId = await createOrganisation(ds, 'employer', {
    name: `Employer ${unique()}`,
    verified: true,
  });
  if (actor.user === null) return { employerId, standIn: null };
  const standIn = await createUser(ds, {
    name: `Stand-in ${actor.name}`,
    isAdmin: actor.isAdmin,
  });
  if (actor.name === 'otherOwner') {
    const other = await createOrganisation(ds, 'employer', { verified: true });
    await addMember(ds, other, standIn.id, 'owner');
  } else if (actor.role !== null) {
    await addMember(ds, employerId, standIn.id, actor.role);
  }

  return { employerId, standIn };
}

async function insertNeed(world: World, employerId: string): Promise<string> {
  const [row] = await rows(
    world,
    `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
       radius_m, openings, closes_on, apply_url)
     VALUES ($1, $2, '{collaboration}',
       ST_SetSRID(ST_MakePoint($3, $4), 4326)::geography,
       20000, 1, current_date + 30, 'https://jobs.example.org/apply')
     RETURNING id`,
    [employerId, `Need ${unique()}`, KATOOMBA.longitude, KATOOMBA.latitude],
  );

  return row!.id as string;
}

function needState(world: World, id: string) {
  return () =>
    rows(
      world,
      'SELECT title, status, openings FROM skill_needs WHERE id = $1',
      [id],
    );
}

function consentState(world: World, userId: string | undefined) {
  return () =>
    rows(
      world,
      'SELECT employer_id FROM employer_contact_consents WHERE user_id = $1',
      [userId ?? null],
    );
}

/** Creates a stand-in with employer contact on, so any signed-in actor may consent. */
async function contactableStandIn(
  world: World,
  actor: Actor,
): Promise<TestUser | null> {
  if (actor.user === null) return null;
  const user = await createUser(world.api.dataSource, {
    name: `Stand-in ${actor.name}`,
    isAdmin: actor.isAdmin,
  });
  await rows(world, 'UPDATE users SET employer_contact = true WHERE id = $1', [
    user.id,
  ]);

  return user;
}

export const EMPLOYER_NEED_CASES: MutationCase[] = [
  {
    mutation: 'createSkillNeed',
    document: `mutation ($input: CreateSkillNeedInput!) {
      createSkillNeed(input: $input) { id }
    }`,
    target: 'none',
    allowed: NEED_EDITORS,
    async prepare(world, actor) {
      const { employerId, standIn } = await employerFor(world, actor);

      return {
        variables: { input: { ...NEED_FIELDS, employerId } },
        cookie: standIn?.cookie,
        readState: () =>
          rows(world, 'SELECT id FROM skill_needs WHERE employer_id = $1', [
            employerId,
          ]),
      };
    },
  },
  {
    mutation: 'updateSkillNeed',
    document: `mutation ($input: UpdateSkillNeedInput!) {
      updateSkillNeed(input: $input) { id }
    }`,
    target: 'none',
    allowed: NEED_EDITORS,
    async prepare(world, actor) {
      const { employerId, standIn } = await employerFor(world, actor);
      const id = await insertNeed(world, employerId);

      return {
        variables: { input: { id, title: `Renamed ${unique()}`, openings: 3 } },
        cookie: standIn?.cookie,
        readState: needState(world, id),
      };
    },
  },
  {
    mutation: 'allowEmployerContact',
    document: `mutation ($employerId: ID!) {
      allowEmployerContact(employerId: $employerId) { createdAt }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const employerId = await createOrganisation(
        world.api.dataSource,
        'employer',
        {
          verified: true,
        },
      );
      const standIn = await contactableStandIn(world, actor);

      return {
        variables: { employerId },
        cookie: standIn?.cookie,
        readState: consentState(world, standIn?.id),
      };
    },
  },
  {
    mutation: 'withdrawEmployerContact',
    document: `mutation ($employerId: ID!) {
      withdrawEmployerContact(employerId: $employerId)
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const employerId = await createOrganisation(
        world.api.dataSource,
        'employer',
        {
          verified: true,
        },
      );
      const standIn = await contactableStandIn(world, actor);
      if (standIn !== null) {
        await rows(
          world,
          `INSERT INTO employer_contact_consents (user_id, employer_id)
           VALUES ($1, $2)`,
          [standIn.id, employerId],
        );
      }

      return {
        variables: { employerId },
        cookie: standIn?.cookie,
        readState: consentState(world, standIn?.id),
      };
    },
  },
];
