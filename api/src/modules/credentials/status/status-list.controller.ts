import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { STATUS_PURPOSES, type StatusPurpose } from '../documents/urls.js';
import { CredentialStatusService } from './credential-status.service.js';

/**
 * Publishes each status list as a signed `BitstringStatusListCredential`,
 * at the URL every credential's `credentialStatus` names. The ETag is the
 * list's version, which every status change raises.
 */
@Public()
@Controller('api/status-lists')
export class StatusListController {
  constructor(private readonly status: CredentialStatusService) {}

  @Get(':listId/:purpose')
  async statusList(
    @Param('listId') listId: string,
    @Param('purpose') purpose: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!STATUS_PURPOSES.includes(purpose as StatusPurpose)) {
      throw new BadUserInputError(
        `Status purpose "${purpose.slice(0, 40)}" is not supported; use revocation or suspension.`,
        'purpose',
      );
    }
    const list = await this.status.signedStatusList(
      listId,
      purpose as StatusPurpose,
    );
    const etag = `"${listId.toLowerCase()}-${purpose}-${list.version}"`;
    response.set({
      ETag: etag,
      'Access-Control-Allow-Origin': '*',
      // Verifiers revalidate after a minute, so a revocation shows soon.
      'Cache-Control': 'public, max-age=60',
    });
    if (request.headers['if-none-match'] === etag) {
      response.status(304).end();

      return;
    }
    response
      .status(200)
      .type('application/vc+ld+json')
      .send(JSON.stringify(list.document));
  }
}
