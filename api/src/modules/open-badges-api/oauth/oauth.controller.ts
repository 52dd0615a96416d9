import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { clientIp } from '../../accounts/client-ip.js';
import { AuthorizationService } from './authorization.service.js';
import {
  ClientAuthentication,
  type FormFields,
} from './client-authentication.service.js';
import {
  ClientRegistrationService,
  type RegistrationResponse,
} from './client-registration.service.js';
import { OAuthError, OAuthErrorFilter } from './oauth-error.js';
import { OAuthRateLimit } from './oauth-rate-limit.service.js';
import { type TokenResponse, TokenService } from './token.service.js';

/** Paths of the OAuth 2.0 endpoints, which the discovery document lists. */
export const OAUTH_PATHS = {
  register: '/api/oauth/register',
  authorize: '/api/oauth/authorize',
  token: '/api/oauth/token',
  revoke: '/api/oauth/revoke',
} as const;

/** Checks that a body is a form whose every field was sent once. */
function formFields(request: Request, body: unknown): FormFields {
  if (!request.is('application/x-www-form-urlencoded')) {
    throw new OAuthError(
      'invalid_request',
      'Send the parameters as application/x-www-form-urlencoded.',
    );
  }
  const fields: FormFields = {};
  for (const [name, value] of Object.entries(
    (body ?? {}) as Record<string, unknown>,
  )) {
    if (typeof value !== 'string') {
      throw new OAuthError('invalid_request', `${name} must be given once.`);
    }
    fields[name] = value;
  }

  return fields;
}

function noStore(response: Response): void {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Pragma', 'no-cache');
}

/** The OAuth 2.0 authorization server of the Open Badges API. */
@Public()
@UseFilters(OAuthErrorFilter)
@Controller('api/oauth')
export class OAuthController {
  constructor(
    private readonly registration: ClientRegistrationService,
    private readonly authorization: AuthorizationService,
    private readonly clients: ClientAuthentication,
    private readonly tokens: TokenService,
    private readonly rateLimit: OAuthRateLimit,
  ) {}

  /** Dynamic Client Registration (RFC 7591); no initial access token. */
  @Post('register')
  @HttpCode(201)
  async register(
    @Body() body: unknown,
    @Req() request: Request,
  ): Promise<RegistrationResponse> {
    await this.rateLimit.take('register', clientIp(request));
    if (!request.is('application/json')) {
      throw new OAuthError(
        'invalid_client_metadata',
        'Send the client metadata as application/json.',
      );
    }

    return this.registration.register(body);
  }

  /** Validates the request and sends the browser on (RFC 6749 4.1.1). */
  @Get('authorize')
  async authorize(
    @Query() query: Record<string, unknown>,
    @OptionalViewer() viewer: Viewer | null,
    @Res() response: Response,
  ): Promise<void> {
    const location = await this.authorization.start(
      query,
      viewer?.userId ?? null,
    );
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, location);
  }

  @Post('token')
  @HttpCode(200)
  async token(
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenResponse> {
    await this.rateLimit.take('token', clientIp(request));
    const form = formFields(request, body);
    const client = await this.clients.authenticate(authorization, form);
    noStore(response);
    switch (form.grant_type) {
      case 'authorization_code':
        return this.tokens.exchangeCode(client, form);
      case 'refresh_token':
        return this.tokens.refresh(client, form);
      case undefined:
        throw new OAuthError('invalid_request', 'grant_type is missing.');
      default:
        throw new OAuthError(
          'unsupported_grant_type',
          'grant_type must be authorization_code or refresh_token.',
        );
    }
  }

  /** Token revocation (RFC 7009): 200 also for unknown tokens. */
  @Post('revoke')
  @HttpCode(200)
  async revoke(
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Req() request: Request,
  ): Promise<Record<string, never>> {
    await this.rateLimit.take('token', clientIp(request));
    const form = formFields(request, body);
    const client = await this.clients.authenticate(authorization, form);
    await this.tokens.revoke(client, form);

    return {};
  }
}
