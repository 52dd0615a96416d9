import { randomUUID } from 'node:crypto';

import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';

import {
  digestToken,
  generateToken,
} from '../../src/common/security/tokens.js';
import { sessionCookieName } from '../../src/modules/accounts/sessions/session-cookie.js';

/** The password every factory-made user has. */
export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  /** A `Cookie` header for a fresh session of this user. */
  cookie: string;
}

export interface UserFixture {
  email?: string;
  name?: string;
  birthYear?: number;
  isAdmin?: boolean;
  verified?: boolean;
}

/** Inserts a user with a session, bypassing sign-up. */
export async function createUser(
  dataSource: DataSource,
  fixture: UserFixture = {},
): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD, { algorithm: 2 });
  const email = fixture.email ?? `user-${randomUUID().slice(0, 8)}@example.org`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, name, birth_year, is_admin,
       email_verified_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END)
     RETURNING id`,
    [
      email.toLowerCase(),
      await passwordHash,
      fixture.name ?? 'Test User',
      fixture.birthYear ?? 2000,
      fixture.isAdmin ?? false,
      fixture.verified ?? true,
    ],
  );

  return {
    id: row!.id,
    email: email.toLowerCase(),
    cookie: await createSessionCookie(dataSource, row!.id),
  };
}

/** Inserts a session for the user and returns its `Cookie` header. */
export async function createSessionCookie(
  dataSource: DataSource,
  userId: string,
): Promise<string> {
  const token = generateToken();
  await dataSource.query(
    `INSERT INTO user_sessions (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + interval '1 day')`,
    [userId, digestToken(token)],
  );

  return `${sessionCookieName(false)}=${token}`;
}

export type OrganisationKindName = 'provider' | 'council' | 'employer';
export type RoleName = 'owner' | 'editor' | 'awarder';

export interface OrganisationFixture {
  name?: string;
  /** A GeoJSON MultiPolygon, for councils. */
  area?: object;
  /**
   * Whether an administrator has verified it. Councils default to verified,
   * so that they may moderate; other kinds default to unverified.
   */
  verified?: boolean;
}

/** Inserts an organisation, bypassing createOrganisation. */
export async function createOrganisation(
  dataSource: DataSource,
  kind: OrganisationKindName,
  options: OrganisationFixture = {},
): Promise<string> {
  const name = options.name ?? `${kind} ${randomUUID().slice(0, 8)}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO organisations (name, slug, kind, area, verified_at)
     VALUES ($1, $2, $3,
       CASE WHEN $4::text IS NULL THEN NULL
            ELSE ST_SetSRID(ST_GeomFromGeoJSON($4), 4326) END,
       CASE WHEN $5 THEN now() END)
     RETURNING id`,
    [
      name,
      `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`,
      kind,
      options.area === undefined ? null : JSON.stringify(options.area),
      options.verified ?? kind === 'council',
    ],
  );

  return row!.id;
}

export async function addMember(
  dataSource: DataSource,
  organisationId: string,
  userId: string,
  role: RoleName,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO organisation_members (organisation_id, user_id, role)
     VALUES ($1, $2, $3)`,
    [organisationId, userId, role],
  );
}

/** Builds a square area of `halfSide` degrees around [latitude, longitude]. */
export function squareArea(
  [latitude, longitude]: [number, number],
  halfSide = 0.5,
): object {
  const west = longitude - halfSide;
  const east = longitude + halfSide;
  const south = latitude - halfSide;
  const north = latitude + halfSide;

  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    ],
  };
}
