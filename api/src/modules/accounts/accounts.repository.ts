import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ProfileVisibility } from './user.entity.js';

/** A `users` row as the accounts feature reads it. */
export interface UserRow {
  id: string;
  email: string;
  emailVerifiedAt: Date | null;
  passwordHash: string;
  name: string;
  birthYear: number;
  profileVisibility: ProfileVisibility;
  employerContact: boolean;
  shareLocation: boolean;
  /** The gazetteer place of the learner's home area, if set. */
  homePlaceId: number | null;
  isAdmin: boolean;
  createdAt: Date;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  name: string;
  birthYear: number;
  isAdmin: boolean;
  emailVerified: boolean;
}

/** Settings a user changes on the settings page. */
export interface ProfileSettings {
  name: string;
  profileVisibility: ProfileVisibility;
  employerContact: boolean;
  shareLocation: boolean;
  homePlaceId: number | null;
}

const USER_COLUMNS = `id, email, email_verified_at AS "emailVerifiedAt",
  password_hash AS "passwordHash", name, birth_year AS "birthYear",
  profile_visibility AS "profileVisibility",
  employer_contact AS "employerContact", share_location AS "shareLocation",
  home_place_id AS "homePlaceId", is_admin AS "isAdmin", created_at AS "createdAt"`;

/**
 * SQL for the `users` table. TypeORM returns `[rows, rowCount]` for UPDATE
 * and DELETE statements and the rows alone for the others.
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserRow | null> {
    const rows: UserRow[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findByEmail(email: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE email = $1`,
      [email],
    );

    return rows[0] ?? null;
  }

  /** Checks whether a gazetteer place with this id exists. */
  async placeExists(id: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM places WHERE id = $1',
      [id],
    );

    return rows.length > 0;
  }

  async emailTaken(email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM users WHERE email = $1',
      [email],
    );

    return rows.length > 0;
  }

  /** Inserts a user. A taken address fails on `UQ_users_email`. */
  async insert(user: NewUser): Promise<UserRow> {
    const [row]: UserRow[] = await this.dataSource.query(
      `INSERT INTO users (email, password_hash, name, birth_year, is_admin,
         email_verified_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN now() END)
       RETURNING ${USER_COLUMNS}`,
      [
        user.email,
        user.passwordHash,
        user.name,
        user.birthYear,
        user.isAdmin,
        user.emailVerified,
      ],
    );

    return row!;
  }

  async updateProfile(
    id: string,
    settings: ProfileSettings,
    manager: EntityManager,
  ): Promise<UserRow> {
    const [rows]: [UserRow[], number] = await manager.query(
      `UPDATE users SET name = $2, profile_visibility = $3,
              employer_contact = $4, share_location = $5, home_place_id = $6,
              updated_at = now()
        WHERE id = $1
        RETURNING ${USER_COLUMNS}`,
      [
        id,
        settings.name,
        settings.profileVisibility,
        settings.employerContact,
        settings.shareLocation,
        settings.homePlaceId,
      ],
    );

    return rows[0]!;
  }

  /** Sets a new address, which stays unverified until its link is used. */
  async updateEmail(
    id: string,
    email: string,
    manager: EntityManager,
  ): Promise<UserRow> {
    const [rows]: [UserRow[], number] = await manager.query(
      `UPDATE users SET email = $2, email_verified_at = NULL, updated_at = now()
        WHERE id = $1
        RETURNING ${USER_COLUMNS}`,
      [id, email],
    );

    return rows[0]!;
  }

  async updatePasswordHash(
    id: string,
    passwordHash: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /**
   * Marks the address verified if it is still `email`, and returns whether
   * it is, so a link sent to an address the user has since replaced fails.
   */
  async markEmailVerified(
    id: string,
    email: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE users
          SET email_verified_at = coalesce(email_verified_at, now()),
              updated_at = now()
        WHERE id = $1 AND email = $2`,
      [id, email],
    );

    return result[1] > 0;
  }

  async promoteToAdmin(email: string): Promise<UserRow | null> {
    const [rows]: [UserRow[], number] = await this.dataSource.query(
      `UPDATE users SET is_admin = true, updated_at = now()
        WHERE email = $1
        RETURNING ${USER_COLUMNS}`,
      [email],
    );

    return rows[0] ?? null;
  }
}
