import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../common/auth/access.decorators.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { IssuerDocuments } from './issuer-documents.js';

/**
 * Serves each organisation's DID document where did:web resolution looks
 * for it: `did:web:<host>:issuers:<id>` resolves to this path.
 */
@Public()
@Controller('issuers')
export class DidDocumentController {
  constructor(private readonly documents: IssuerDocuments) {}

  @Get(':organisationId/did.json')
  async didDocument(
    @Param('organisationId') organisationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const document = UUID_PATTERN.test(organisationId)
      ? await this.documents.didDocument(organisationId.toLowerCase())
      : null;
    if (document === null) {
      throw new NotFoundError(
        `No issuer has id "${organisationId.slice(0, 80)}"; the path is /issuers/<organisation id>/did.json.`,
      );
    }
    response
      .status(200)
      .set({
        'Content-Type': 'application/did+json; charset=utf-8',
        // Verifiers anywhere may read it; a rotation shows within minutes.
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=300',
      })
      .send(JSON.stringify(document, null, 2));
  }
}
