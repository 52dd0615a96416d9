import { Inject, Injectable, Logger } from '@nestjs/common';

import {
  ConflictError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { digestToken, generateToken } from '../../../common/security/tokens.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { parseScope, scopesOutside } from '../scopes.js';
import {
  type AuthorizationRequestRow,
  type ClientRow,
  OAuthRepository,
} from './oauth.repository.js';
import { CODE_CHALLENGE_PATTERN } from './pkce.js';

/** A pending request expires if the learner takes longer to decide. */
export const REQUEST_SECONDS = 15 * 60;
/** The code's lifetime; the specification recommends 600 seconds. */
export const CODE_SECONDS = 10 * 60;
const MAX_STATE_LENGTH = 1000;

/** Where the web app shows the consent page, relative to PUBLIC_URL. */
export const CONSENT_PATH = '/oauth/consent';

type Query = Record<string, unknown>;

/** Thrown to send the browser back to the client with an error. */
class ClientRedirectError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

export interface PendingRequest {
  request: AuthorizationRequestRow;
  client: ClientRow;
}

function single(query: Query, field: string): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new ClientRedirectError(
      'invalid_request',
      `${field} must be given once.`,
    );
  }

  return value;
}

/** The authorization endpoint and the learner's decision on a request. */
@Injectable()
export class AuthorizationService {
  private readonly logger = new Logger(AuthorizationService.name);

  constructor(
    private readonly repository: OAuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Validates an authorization request and returns where to send the
   * browser: the consent page (through sign-in when signed out), the
   * client's redirect URI with an error, or, when the client or redirect
   * URI is unknown, the consent page with an error and never the client.
   */
  async start(query: Query, userId: string | null): Promise<string> {
    const client = await this.knownClient(query);
    if (typeof client === 'string') return this.webPage({ error: client });
    const redirectUri = query.redirect_uri as string;
    const state = typeof query.state === 'string' ? query.state : undefined;
    try {
      const id = await this.repository.insertRequest(
        {
          ...this.checkRequest(query, client),
          clientId: client.id,
          redirectUri,
          userId,
        },
        REQUEST_SECONDS,
      );
      const consent = `${CONSENT_PATH}?request=${id}`;

      return userId !== null
        ? this.webPage({ request: id })
        : `${this.config.publicUrl}/sign-in?next=${encodeURIComponent(consent)}`;
    } catch (error) {
      if (!(error instanceof ClientRedirectError)) throw error;

      return redirectWith(redirectUri, {
        error: error.error,
        error_description: error.description,
        ...(state === undefined ? {} : { state }),
      });
    }
  }

  /**
   * Returns a request for the consent page while it awaits a decision.
   * A request belongs to the learner who started it signed in, or else to
   * the first learner who opens it. For anyone else it is NOT_FOUND.
   */
  async pending(id: string, userId: string): Promise<PendingRequest> {
    const request = UUID.test(id)
      ? await this.repository.findRequest(id)
      : null;
    const owner =
      request === null || request.userId !== null
        ? request?.userId
        : await this.repository.bindRequest(id, userId);
    if (request === null || owner !== userId) {
      throw new NotFoundError(`Authorization request ${id} was not found.`);
    }
    if (request.approvedAt !== null || request.deniedAt !== null) {
      throw new ConflictError(
        'This authorization request was already decided.',
      );
    }
    if (!request.live) {
      throw new ConflictError(
        'This authorization request has expired; start again from the app that asked.',
      );
    }
    const client = await this.repository.findClientById(request.clientId);

    return { request, client: client! };
  }

  /** Approves or denies a request and returns the client's redirect URL. */
  async decide(id: string, userId: string, approve: boolean): Promise<string> {
    const { request } = await this.pending(id, userId);
    const code = approve ? generateToken() : null;
    const decided = await this.repository.decide(
      id,
      userId,
      code === null ? null : digestToken(code),
      CODE_SECONDS,
    );
    if (!decided) {
      throw new ConflictError(
        'This authorization request was already decided.',
      );
    }
    this.logger.log(
      `Authorization request ${id} ${approve ? 'approved' : 'denied'}`,
    );
    const parameters: Record<string, string> =
      code === null
        ? {
            error: 'access_denied',
            error_description: 'The learner denied the request.',
          }
        : { code, scope: request.scopes.join(' ') };

    return redirectWith(request.redirectUri, {
      ...parameters,
      state: request.state,
    });
  }

  private async knownClient(query: Query): Promise<ClientRow | string> {
    const clientId = query.client_id;
    const redirectUri = query.redirect_uri;
    if (typeof clientId !== 'string' || clientId.length > 100) {
      return 'invalid_client';
    }
    const client = await this.repository.findClient(clientId);
    if (client === null) return 'invalid_client';
    if (
      typeof redirectUri !== 'string' ||
      !client.redirectUris.includes(redirectUri)
    ) {
      return 'invalid_redirect_uri';
    }

    return client;
  }

  private checkRequest(query: Query, client: ClientRow) {
    if (single(query, 'response_type') !== 'code') {
      throw new ClientRedirectError(
        'unsupported_response_type',
        'response_type must be code.',
      );
    }
    const state = single(query, 'state');
    if (
      state === undefined ||
      state === '' ||
      state.length > MAX_STATE_LENGTH
    ) {
      throw new ClientRedirectError(
        'invalid_request',
        `state is required, at most ${MAX_STATE_LENGTH} characters.`,
      );
    }
    const challenge = single(query, 'code_challenge');
    if (single(query, 'code_challenge_method') !== 'S256') {
      throw new ClientRedirectError(
        'invalid_request',
        'code_challenge_method must be S256.',
      );
    }
    if (challenge === undefined || !CODE_CHALLENGE_PATTERN.test(challenge)) {
      throw new ClientRedirectError(
        'invalid_request',
        'code_challenge must be the 43-character BASE64URL SHA-256 of the code verifier.',
      );
    }

    return {
      state,
      codeChallenge: challenge,
      scopes: this.checkScopes(query, client),
    };
  }

  private checkScopes(query: Query, client: ClientRow): string[] {
    const scopes = parseScope(single(query, 'scope') ?? '');
    if (scopes.length === 0) {
      throw new ClientRedirectError('invalid_scope', 'scope is required.');
    }
    const extra = scopesOutside(scopes, client.scopes);
    if (extra.length > 0) {
      throw new ClientRedirectError(
        'invalid_scope',
        `scope ${extra.join(' ')} was not registered for this client.`,
      );
    }

    return scopes;
  }

  private webPage(parameters: Record<string, string>): string {
    return `${this.config.publicUrl}${CONSENT_PATH}?${new URLSearchParams(parameters)}`;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds parameters to a redirect URI's query, keeping its own. */
function redirectWith(uri: string, parameters: Record<string, string>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(parameters)) {
    url.searchParams.set(name, value);
  }

  return url.toString();
}
