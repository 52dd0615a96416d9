import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { CredentialExportsService } from './credential-exports.service.js';

/**
 * Media type of the JSON download: the Open Badges document format names
 * application/vc+ld+json for a credential with an embedded proof.
 */
export const CREDENTIAL_JSON_TYPE = 'application/vc+ld+json';

function attachment(
  response: Response,
  id: string,
  extension: string,
  contentType: string,
): void {
  // The id is a UUID, so the file name needs no encoding.
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="badge-${id}.${extension}"`,
  );
  response.setHeader('Content-Type', contentType);
  // Downloads may be private to the recipient, so shared caches keep none.
  response.setHeader('Cache-Control', 'private, no-store');
}

/** Downloads of a credential, for its issuer, its recipient, or anyone once shared. */
@Public()
@Controller('api/credentials/:id')
export class CredentialExportsController {
  constructor(private readonly exports: CredentialExportsService) {}

  @Get('credential.json')
  async json(
    @Param('id') id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Res() response: Response,
  ): Promise<void> {
    const credential = await this.exports.readable(viewer, id);
    attachment(response, credential.id, 'json', CREDENTIAL_JSON_TYPE);
    response.send(JSON.stringify(credential.document, null, 2));
  }

  @Get('credential.jwt')
  async jwt(
    @Param('id') id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Res() response: Response,
  ): Promise<void> {
    const credential = await this.exports.readable(viewer, id);
    attachment(response, credential.id, 'jwt', 'application/jwt');
    response.send(credential.jwt);
  }

  @Get('badge.png')
  async png(
    @Param('id') id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Res() response: Response,
  ): Promise<void> {
    const image = await this.exports.bakedImage(
      await this.exports.readable(viewer, id),
      'png',
    );
    attachment(response, id.toLowerCase(), 'png', image.contentType);
    response.send(image.bytes);
  }

  @Get('badge.svg')
  async svg(
    @Param('id') id: string,
    @OptionalViewer() viewer: Viewer | null,
    @Res() response: Response,
  ): Promise<void> {
    const image = await this.exports.bakedImage(
      await this.exports.readable(viewer, id),
      'svg',
    );
    attachment(response, id.toLowerCase(), 'svg', image.contentType);
    response.send(image.bytes);
  }
}
