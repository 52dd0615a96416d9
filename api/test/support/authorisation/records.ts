import { randomUUID } from 'node:crypto';

import {
  digestToken,
  generateToken,
} from '../../../src/common/security/tokens.js';
import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
} from '../accounts.js';
import { createOpportunity } from '../factories.js';
import { type Actor, KATOOMBA, type World } from './world.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Makes a short unique suffix for names and e-mail addresses. */
export function unique(): string {
  return randomUUID().slice(0, 8);
}

/** Builds a listing input that passes every listing rule. */
export function validListing(title = `Coding club ${unique()}`) {
  const startsAt = new Date(Date.now() + 7 * DAY);

  return {
    title,
    summary: 'Build a small game over a weekend with mentors.',
    description: 'Bring a laptop if you have one.',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    location: KATOOMBA,
    venueName: 'Katoomba Library',
    venueAddress: '30 Parke St, Katoomba NSW 2780',
    costMinor: null,
    currency: null,
    minAge: 16,
    maxAge: null,
    capacity: 12,
    sdgs: [4],
    skills: ['creativity'],
    sessions: [
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
        timeZone: 'Australia/Sydney',
      },
    ],
  };
}

/**
 * Creates a draft listing of provider P through the API as its owner, so
 * that it is complete enough to submit.
 */
export async function createDraft(world: World): Promise<string> {
  const response = await world.api.graphql<{
    createOpportunity: { id: string };
  }>(
    `mutation ($input: CreateOpportunityInput!) {
      createOpportunity(input: $input) { id }
    }`,
    { input: { organisationId: world.providerId, listing: validListing() } },
    { cookie: world.users.providerOwner.cookie },
  );
  if (response.errors !== undefined) {
    throw new Error(
      `Creating a draft failed: ${JSON.stringify(response.errors)}`,
    );
  }

  return response.data!.createOpportunity.id;
}

/** Inserts a listing of provider P at Katoomba, inside council C's area. */
export function createListing(
  world: World,
  status: 'draft' | 'pending' | 'published',
  sessions: Date[] = [],
): Promise<string> {
  return createOpportunity(world.api.dataSource, {
    title: `Listing ${unique()}`,
    providerId: world.providerId,
    at: [KATOOMBA.latitude, KATOOMBA.longitude],
    status,
    sessions,
  });
}

/** Inserts a published listing of P with one session and returns the session id. */
export async function createSession(
  world: World,
  startsAt: Date,
): Promise<string> {
  const opportunityId = await createListing(world, 'published', [startsAt]);
  const [session]: { id: string }[] = await world.api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return session!.id;
}

export function hoursFromNow(hours: number): Date {
  return new Date(Date.now() + hours * HOUR);
}

/**
 * Inserts a registered place directly, so that sessions that have started
 * can have learners. Creates a learner when no user id is given.
 */
export async function createRegistration(
  world: World,
  sessionId: string,
  userId?: string,
): Promise<string> {
  const learnerId =
    userId ?? (await createUser(world.api.dataSource, { name: 'Learner' })).id;
  const [row]: { id: string }[] = await world.api.dataSource.query(
    `INSERT INTO registrations (session_id, user_id, status)
     VALUES ($1, $2, 'registered') RETURNING id`,
    [sessionId, learnerId],
  );

  return row!.id;
}

/** Adds a new user to an organisation and returns the user's id. */
export async function createMember(
  world: World,
  organisationId: string,
  role: 'owner' | 'editor' | 'awarder' = 'editor',
): Promise<string> {
  const user = await createUser(world.api.dataSource, { name: 'New Member' });
  await addMember(world.api.dataSource, organisationId, user.id, role);

  return user.id;
}

/** Inserts a pending invitation and returns its id and the link's token. */
export async function createInvitation(
  world: World,
  organisationId: string,
  email = `invitee-${unique()}@example.org`,
): Promise<{ id: string; token: string }> {
  const token = generateToken();
  const [row]: { id: string }[] = await world.api.dataSource.query(
    `INSERT INTO organisation_invitations
       (organisation_id, email, role, token_hash, expires_at)
     VALUES ($1, $2, 'editor', $3, now() + interval '7 days')
     RETURNING id`,
    [organisationId, email, digestToken(token)],
  );

  return { id: row!.id, token };
}

export function createProvider(world: World): Promise<string> {
  return createOrganisation(world.api.dataSource, 'provider', {
    name: `Provider ${unique()}`,
  });
}

/** Lord Howe Island, far from every listing of the tests. */
const REMOTE_CENTRE: [number, number] = [-31.55, 159.08];

/**
 * Creates a council in which the actor has its role, so that the actor's
 * rights over it match its rights over council C without any case changing
 * C itself. Its area covers none of the tests' listings, so the role gives
 * the actor no say over them.
 */
export async function createCouncilOf(
  world: World,
  actor: Actor,
  verified: boolean,
): Promise<string> {
  const ds = world.api.dataSource;
  const councilId = await createOrganisation(ds, 'council', {
    name: `Council ${unique()}`,
    area: squareArea(REMOTE_CENTRE, 0.05),
    verified,
  });
  if (actor.user !== null && actor.role !== null) {
    await addMember(ds, councilId, actor.user.id, actor.role);
  }

  return councilId;
}

/** Inserts an unused e-mailed link token for the user's current address. */
export async function createUserToken(
  world: World,
  userId: string,
  purpose: 'verify_email' | 'reset_password',
): Promise<string> {
  const token = generateToken();
  await world.api.dataSource.query(
    `INSERT INTO user_tokens (user_id, purpose, email, token_hash, expires_at)
     SELECT id, $2, email, $3, now() + interval '1 hour'
       FROM users WHERE id = $1`,
    [userId, purpose, digestToken(token)],
  );

  return token;
}
