import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { OAuthTokenKind } from '../entities/oauth-token.entity.js';

export interface ClientRow {
  id: string;
  clientId: string;
  clientSecretHash: string | null;
  tokenEndpointAuthMethod: string;
  clientName: string;
  clientUri: string;
  logoUri: string;
  tosUri: string;
  policyUri: string;
  softwareId: string;
  softwareVersion: string;
  redirectUris: string[];
  scopes: string[];
  grantTypes: string[];
  contacts: string[];
  createdAt: Date;
}

export type NewClient = Omit<ClientRow, 'id' | 'createdAt'>;

export interface AuthorizationRequestRow {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
  userId: string | null;
  expiresAt: Date;
  approvedAt: Date | null;
  deniedAt: Date | null;
  usedAt: Date | null;
  grantId: string | null;
  /** True while `expiresAt` is in the future, by the database clock. */
  live: boolean;
}

export interface TokenRow {
  id: string;
  grantId: string;
  userId: string;
  clientId: string;
  scopes: string[];
  /** True when neither the token nor its grant is revoked or expired. */
  active: boolean;
  /** True when the grant itself is still active. */
  grantActive: boolean;
}

export interface GrantRow {
  id: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  client: ClientRow;
}

const CLIENT_COLUMNS = `c.id, c.client_id AS "clientId",
  c.client_secret_hash AS "clientSecretHash",
  c.token_endpoint_auth_method AS "tokenEndpointAuthMethod",
  c.client_name AS "clientName", c.client_uri AS "clientUri",
  c.logo_uri AS "logoUri", c.tos_uri AS "tosUri", c.policy_uri AS "policyUri",
  c.software_id AS "softwareId", c.software_version AS "softwareVersion",
  c.redirect_uris AS "redirectUris", c.scopes, c.grant_types AS "grantTypes",
  c.contacts, c.created_at AS "createdAt"`;

const REQUEST_COLUMNS = `r.id, r.client_id AS "clientId",
  r.redirect_uri AS "redirectUri", r.scopes, r.state,
  r.code_challenge AS "codeChallenge", r.user_id AS "userId",
  r.expires_at AS "expiresAt", r.approved_at AS "approvedAt",
  r.denied_at AS "deniedAt", r.used_at AS "usedAt", r.grant_id AS "grantId",
  r.expires_at > now() AS live`;

/** SQL for OAuth clients, authorization requests, grants and tokens. */
@Injectable()
export class OAuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertClient(client: NewClient): Promise<ClientRow> {
    const [row]: ClientRow[] = await this.dataSource.query(
      `INSERT INTO oauth_clients AS c (client_id, client_secret_hash,
         token_endpoint_auth_method, client_name, client_uri, logo_uri, tos_uri,
         policy_uri, software_id, software_version, redirect_uris, scopes,
         grant_types, contacts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING ${CLIENT_COLUMNS}`,
      [
        client.clientId,
        client.clientSecretHash,
        client.tokenEndpointAuthMethod,
        client.clientName,
        client.clientUri,
        client.logoUri,
        client.tosUri,
        client.policyUri,
        client.softwareId,
        client.softwareVersion,
        client.redirectUris,
        client.scopes,
        client.grantTypes,
        client.contacts,
      ],
    );

    return row!;
  }

  async findClient(publicClientId: string): Promise<ClientRow | null> {
    const rows: ClientRow[] = await this.dataSource.query(
      `SELECT ${CLIENT_COLUMNS} FROM oauth_clients c WHERE c.client_id = $1`,
      [publicClientId],
    );

    return rows[0] ?? null;
  }

  async findClientById(id: string): Promise<ClientRow | null> {
    const rows: ClientRow[] = await this.dataSource.query(
      `SELECT ${CLIENT_COLUMNS} FROM oauth_clients c WHERE c.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async insertRequest(
    request: Pick<
      AuthorizationRequestRow,
      | 'clientId'
      | 'redirectUri'
      | 'scopes'
      | 'state'
      | 'codeChallenge'
      | 'userId'
    >,
    lifetimeSeconds: number,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO oauth_authorization_requests
         (client_id, redirect_uri, scopes, state, code_challenge, user_id,
          expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
       RETURNING id`,
      [
        request.clientId,
        request.redirectUri,
        request.scopes,
        request.state,
        request.codeChallenge,
        request.userId,
        lifetimeSeconds,
      ],
    );

    return row!.id;
  }

  /**
   * Binds an unbound request to the learner and returns the learner it is
   * bound to now, which is another one when someone else bound it first.
   */
  async bindRequest(id: string, userId: string): Promise<string | null> {
    await this.dataSource.query(
      `UPDATE oauth_authorization_requests SET user_id = $2
        WHERE id = $1 AND user_id IS NULL`,
      [id, userId],
    );
    const rows: { userId: string | null }[] = await this.dataSource.query(
      `SELECT user_id AS "userId" FROM oauth_authorization_requests
        WHERE id = $1`,
      [id],
    );

    return rows[0]?.userId ?? null;
  }

  async findRequest(id: string): Promise<AuthorizationRequestRow | null> {
    const rows: AuthorizationRequestRow[] = await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM oauth_authorization_requests r
        WHERE r.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /**
   * Records the learner's decision on a pending, unexpired request. With a
   * code digest it approves and restarts the expiry for the code. Returns
   * false when the request was already decided or has expired.
   */
  async decide(
    id: string,
    userId: string,
    codeHash: string | null,
    codeLifetimeSeconds: number,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE oauth_authorization_requests
          SET user_id = $2, code_hash = $3,
              approved_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END,
              denied_at = CASE WHEN $3::text IS NULL THEN now() END,
              expires_at = CASE WHEN $3::text IS NULL THEN expires_at
                                ELSE now() + make_interval(secs => $4) END
        WHERE id = $1 AND approved_at IS NULL AND denied_at IS NULL
          AND expires_at > now() AND (user_id IS NULL OR user_id = $2)
        RETURNING id`,
      [id, userId, codeHash, codeLifetimeSeconds],
    );

    return rows.length > 0;
  }

  /**
   * Marks an approved code as used, once. Returns the request when this
   * call used it and it had not expired; `reused` when it was used before.
   */
  async consumeCode(
    manager: EntityManager,
    codeHash: string,
  ): Promise<{ request: AuthorizationRequestRow | null; reused: boolean }> {
    const [used]: [AuthorizationRequestRow[], number] = await manager.query(
      `UPDATE oauth_authorization_requests r SET used_at = now()
        WHERE r.code_hash = $1 AND r.used_at IS NULL
        RETURNING ${REQUEST_COLUMNS}`,
      [codeHash],
    );
    if (used.length > 0) return { request: used[0]!, reused: false };
    const earlier: AuthorizationRequestRow[] = await manager.query(
      `SELECT ${REQUEST_COLUMNS} FROM oauth_authorization_requests r
        WHERE r.code_hash = $1`,
      [codeHash],
    );

    return { request: earlier[0] ?? null, reused: earlier.length > 0 };
  }

  async setRequestGrant(
    manager: EntityManager,
    requestId: string,
    grantId: string,
  ): Promise<void> {
    await manager.query(
      'UPDATE oauth_authorization_requests SET grant_id = $2 WHERE id = $1',
      [requestId, grantId],
    );
  }

  /** Returns the active grant of the learner and client, adding scopes. */
  async upsertGrant(
    manager: EntityManager,
    userId: string,
    clientId: string,
    scopes: string[],
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO oauth_grants AS g (user_id, client_id, scopes)
       VALUES ($1, $2, $3)
       ON CONFLICT (user_id, client_id) WHERE revoked_at IS NULL
       DO UPDATE SET scopes = ARRAY(
         SELECT DISTINCT unnest(g.scopes || EXCLUDED.scopes) ORDER BY 1)
       RETURNING id`,
      [userId, clientId, scopes],
    );

    return row!.id;
  }

  async insertToken(
    manager: EntityManager,
    token: {
      grantId: string;
      kind: OAuthTokenKind;
      tokenHash: string;
      scopes: string[];
      lifetimeSeconds: number;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO oauth_tokens (grant_id, kind, token_hash, scopes, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [
        token.grantId,
        token.kind,
        token.tokenHash,
        token.scopes,
        token.lifetimeSeconds,
      ],
    );
  }

  async findToken(
    tokenHash: string,
    kind: OAuthTokenKind | null,
  ): Promise<(TokenRow & { kind: OAuthTokenKind }) | null> {
    const rows: (TokenRow & { kind: OAuthTokenKind })[] =
      await this.dataSource.query(
        `SELECT t.id, t.grant_id AS "grantId", t.kind, g.user_id AS "userId",
                g.client_id AS "clientId", t.scopes,
                (t.revoked_at IS NULL AND t.expires_at > now()
                  AND g.revoked_at IS NULL) AS active,
                g.revoked_at IS NULL AS "grantActive"
           FROM oauth_tokens t JOIN oauth_grants g ON g.id = t.grant_id
          WHERE t.token_hash = $1 AND ($2::oauth_token_kind IS NULL OR t.kind = $2)`,
        [tokenHash, kind],
      );

    return rows[0] ?? null;
  }

  /** Revokes an unrevoked token; false when another request did first. */
  async revokeToken(manager: EntityManager, tokenId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE oauth_tokens SET revoked_at = now()
        WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [tokenId],
    );

    return rows.length > 0;
  }

  /**
   * Revokes a grant and all its tokens, and ends the learner's unused
   * codes and pending requests for the same client, so that a code
   * approved before the revocation cannot reconnect the app. With
   * `userId`, only a grant of that learner. Returns false when no active
   * grant matched.
   */
  async revokeGrant(grantId: string, userId: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ userId: string; clientId: string }[], number] =
        await manager.query(
          `UPDATE oauth_grants SET revoked_at = now()
            WHERE id = $1 AND revoked_at IS NULL
              AND ($2::uuid IS NULL OR user_id = $2)
            RETURNING user_id AS "userId", client_id AS "clientId"`,
          [grantId, userId],
        );
      const grant = rows[0];
      if (grant === undefined) return false;
      await manager.query(
        `UPDATE oauth_tokens SET revoked_at = now()
          WHERE grant_id = $1 AND revoked_at IS NULL`,
        [grantId],
      );
      await manager.query(
        `UPDATE oauth_authorization_requests SET expires_at = now()
          WHERE user_id = $1 AND client_id = $2 AND used_at IS NULL
            AND expires_at > now()`,
        [grant.userId, grant.clientId],
      );

      return true;
    });
  }

  /** Records use of a grant, at most once a minute to spare writes. */
  async touchGrant(grantId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE oauth_grants SET last_used_at = now()
        WHERE id = $1
          AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [grantId],
    );
  }

  async activeGrants(userId: string): Promise<GrantRow[]> {
    const rows: (Omit<GrantRow, 'client'> & { client: ClientRow })[] =
      await this.dataSource.query(
        `SELECT g.id, g.scopes, g.created_at AS "createdAt",
                g.last_used_at AS "lastUsedAt",
                json_build_object('id', c.id, 'clientId', c.client_id,
                  'clientName', c.client_name, 'clientUri', c.client_uri,
                  'logoUri', c.logo_uri, 'tosUri', c.tos_uri,
                  'policyUri', c.policy_uri) AS client
           FROM oauth_grants g JOIN oauth_clients c ON c.id = g.client_id
          WHERE g.user_id = $1 AND g.revoked_at IS NULL
          ORDER BY g.created_at DESC, g.id`,
        [userId],
      );

    return rows;
  }

  /** The manager for statements that commit on their own. */
  manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
