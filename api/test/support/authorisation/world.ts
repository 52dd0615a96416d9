import {
  addMember,
  createOrganisation,
  createUser,
  type RoleName,
  squareArea,
  type TestUser,
} from '../accounts.js';
import { clearListings } from '../factories.js';
import type { TestApp } from '../test-app.js';

/** Who makes a request, relative to the organisation the mutation targets. */
export type ActorName =
  | 'anonymous'
  | 'learner'
  | 'otherOwner'
  | 'owner'
  | 'editor'
  | 'awarder'
  | 'admin';

export const ACTORS: readonly ActorName[] = [
  'anonymous',
  'learner',
  'otherOwner',
  'owner',
  'editor',
  'awarder',
  'admin',
];

/** Every actor but anonymous. */
export const SIGNED_IN: readonly ActorName[] = ACTORS.filter(
  (name) => name !== 'anonymous',
);

/**
 * The organisation whose roles the actors hold. `none` is for mutations on
 * the viewer's own account or records, where owner, editor and awarder are
 * the members of provider P and `otherOwner` is the owner of provider Q.
 */
export type TargetKind = 'provider' | 'council' | 'none';

export interface Actor {
  name: ActorName;
  /** Null for anonymous. */
  user: TestUser | null;
  /** The organisation where the actor has its role, if any. */
  organisationId: string | null;
  role: RoleName | null;
  isAdmin: boolean;
}

/** A place inside council C's area, where the listings of the tests are. */
export const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };

/** Council C's centre. Its area is a square of ±0.5° around it. */
export const COUNCIL_CENTRE: [number, number] = [-33.71, 150.31];

/**
 * The records shared by every case: providers P and Q, councils C (whose
 * area covers Katoomba) and D (around Wagga Wagga), their members, a plain
 * learner and a platform admin. Cases never change these users' sessions.
 */
export interface World {
  api: TestApp;
  providerId: string;
  otherProviderId: string;
  councilId: string;
  otherCouncilId: string;
  users: {
    providerOwner: TestUser;
    providerEditor: TestUser;
    providerAwarder: TestUser;
    otherProviderOwner: TestUser;
    councilOwner: TestUser;
    councilEditor: TestUser;
    councilAwarder: TestUser;
    otherCouncilOwner: TestUser;
    learner: TestUser;
    admin: TestUser;
  };
}

async function member(
  api: TestApp,
  organisationId: string,
  role: RoleName,
  name: string,
): Promise<TestUser> {
  const user = await createUser(api.dataSource, { name });
  await addMember(api.dataSource, organisationId, user.id, role);

  return user;
}

/** Empties the database and builds the shared records. */
export async function buildWorld(api: TestApp): Promise<World> {
  const ds = api.dataSource;
  await clearListings(ds);
  const providerId = await createOrganisation(ds, 'provider', {
    name: 'Provider P',
  });
  const otherProviderId = await createOrganisation(ds, 'provider', {
    name: 'Provider Q',
  });
  const councilId = await createOrganisation(ds, 'council', {
    name: 'Council C',
    area: squareArea(COUNCIL_CENTRE, 0.5),
  });
  const otherCouncilId = await createOrganisation(ds, 'council', {
    name: 'Council D',
    area: squareArea([-35.12, 147.37], 0.3),
  });

  return {
    api,
    providerId,
    otherProviderId,
    councilId,
    otherCouncilId,
    users: {
      providerOwner: await member(api, providerId, 'owner', 'Pia Owner'),
      providerEditor: await member(api, providerId, 'editor', 'Pat Editor'),
      providerAwarder: await member(api, providerId, 'awarder', 'Pax Awarder'),
      otherProviderOwner: await member(
        api,
        otherProviderId,
        'owner',
        'Quinn Owner',
      ),
      councilOwner: await member(api, councilId, 'owner', 'Cora Owner'),
      councilEditor: await member(api, councilId, 'editor', 'Cal Editor'),
      councilAwarder: await member(api, councilId, 'awarder', 'Cy Awarder'),
      otherCouncilOwner: await member(
        api,
        otherCouncilId,
        'owner',
        'Dana Owner',
      ),
      learner: await createUser(ds, { name: 'Lee Learner' }),
      admin: await createUser(ds, { name: 'Ada Admin', isAdmin: true }),
    },
  };
}

/** Resolves an actor name to a world user for a target kind. */
export function actorFor(
  world: World,
  target: TargetKind,
  name: ActorName,
): Actor {
  const { users } = world;
  const council = target === 'council';
  const home = council ? world.councilId : world.providerId;
  const other = council ? world.otherCouncilId : world.otherProviderId;
  const base = { name, isAdmin: false, organisationId: null, role: null };
  switch (name) {
    case 'anonymous':
      return { ...base, user: null };
    case 'learner':
      return { ...base, user: users.learner };
    case 'admin':
      return { ...base, user: users.admin, isAdmin: true };
    case 'otherOwner': {
      const user = council ? users.otherCouncilOwner : users.otherProviderOwner;

      return { ...base, user, organisationId: other, role: 'owner' };
    }
    case 'owner':
    case 'editor':
    case 'awarder': {
      const roleUsers = council
        ? {
            owner: users.councilOwner,
            editor: users.councilEditor,
            awarder: users.councilAwarder,
          }
        : {
            owner: users.providerOwner,
            editor: users.providerEditor,
            awarder: users.providerAwarder,
          };

      return {
        ...base,
        user: roleUsers[name],
        organisationId: home,
        role: name,
      };
    }
  }
}

/**
 * Creates a throwaway user with the actor's standing: the same role in the
 * same organisation, or admin. Account cases act as this user, because
 * signing out, changing the password or deleting the account would
 * otherwise end the shared users' sessions. Returns null for anonymous.
 */
export async function standInFor(
  world: World,
  actor: Actor,
  options: { verified?: boolean } = {},
): Promise<TestUser | null> {
  if (actor.user === null) return null;
  const ds = world.api.dataSource;
  const user = await createUser(ds, {
    name: `Stand-in ${actor.name}`,
    isAdmin: actor.isAdmin,
    verified: options.verified ?? true,
  });
  if (actor.organisationId !== null && actor.role !== null) {
    await addMember(ds, actor.organisationId, user.id, actor.role);
  }

  return user;
}
