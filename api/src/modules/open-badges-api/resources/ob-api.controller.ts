import {
  Body,
  Controller,
  Get,
  Inject,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { jsonDepthProblem } from '../../verification/json-depth.js';
import { OB_API_BASE_PATH, ObScope } from '../scopes.js';
import { BearerAuthentication } from './bearer-authentication.service.js';
import { ImsxError, ImsxErrorFilter } from './imsx-error.js';
import { ObResourcesService } from './ob-resources.service.js';
import { readPageRequest } from './paging.js';
import { serviceDescription } from './service-description.js';

/** The text of an upserted credential, from whichever parser read it. */
function credentialText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (
    typeof body === 'object' &&
    body !== null &&
    Object.keys(body).length > 0
  ) {
    // JSON.stringify recurses once per level, so depth is checked first.
    const tooDeep = jsonDepthProblem(body, 'The credential');
    if (tooDeep !== null) throw new ImsxError(400, 'invalid_data', tooDeep);

    return JSON.stringify(body);
  }

  throw new ImsxError(
    400,
    'invalid_data',
    'The request body is empty; send the credential as application/json or a compact JWS as text/plain.',
  );
}

/**
 * The Open Badges 3.0 resource endpoints. Bearer tokens, not the session
 * cookie, authorise them, so they are public to the access guard.
 */
@Public()
@UseFilters(ImsxErrorFilter)
@Controller(OB_API_BASE_PATH.slice(1))
export class ObApiController {
  constructor(
    private readonly bearer: BearerAuthentication,
    private readonly resources: ObResourcesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** getServiceDescription: open to anyone, as the specification requires. */
  @Get('discovery')
  discovery(@Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'public, max-age=3600');

    return serviceDescription(this.config.publicUrl);
  }

  @Get('credentials')
  async getCredentials(
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const holder = await this.bearer.authenticate(
      request,
      ObScope.CredentialReadonly,
    );
    const page = await this.resources.credentials(
      holder.userId,
      readPageRequest(query),
    );
    response.setHeader('X-Total-Count', String(page.total));
    response.setHeader('Link', page.link);
    response.setHeader('Cache-Control', 'no-store');

    return page.body;
  }

  /** upsertCredential: 201 when added, 200 when it replaced one. */
  @Post('credentials')
  async upsertCredential(
    @Body() body: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const holder = await this.bearer.authenticate(
      request,
      ObScope.CredentialUpsert,
    );
    const text = credentialText(body);
    const created = await this.resources.upsert(holder.userId, text);
    response.status(created ? 201 : 200);
    if (typeof body === 'string' && !text.trim().startsWith('{')) {
      response.type('text/plain').send(text);

      return;
    }
    response.type('application/json').send(text);
  }

  @Get('profile')
  async getProfile(@Req() request: Request) {
    const holder = await this.bearer.authenticate(
      request,
      ObScope.ProfileReadonly,
    );

    return this.resources.profile(holder.userId);
  }

  @Put('profile')
  async putProfile(@Body() body: unknown, @Req() request: Request) {
    const holder = await this.bearer.authenticate(
      request,
      ObScope.ProfileUpdate,
    );

    return this.resources.updateProfile(holder.userId, body);
  }
}
