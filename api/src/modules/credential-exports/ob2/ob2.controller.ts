import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { CredentialExportsRepository } from '../credential-exports.repository.js';
import {
  buildAssertion,
  buildBadgeClass,
  buildIssuer,
  buildRevokedAssertion,
} from './ob2-documents.js';

/**
 * Open Badges 2.0 hosted documents, for backpacks that do not read 3.0.
 * Hosted verification fetches them without signing in, so an assertion is
 * served only once its recipient has shared the badge; until then it is
 * NOT_FOUND like any unknown id. Badge classes and issuers hold no
 * personal data and are public.
 */
@Public()
@Controller('ob2')
export class Ob2Controller {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CredentialExportsRepository,
  ) {}

  @Get('assertions/:id')
  async assertion(
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const credential = await this.repository.findCredential(id);
    if (
      credential === null ||
      credential.sharedAt === null ||
      credential.achievementId === null
    ) {
      throw new NotFoundError(`No shared badge has id ${id.slice(0, 80)}.`);
    }
    response.type('application/ld+json');
    // A revoked assertion returns 410 Gone with the reason, as hosted verification expects.
    if (credential.status !== 'active') {
      response
        .status(410)
        .send(
          JSON.stringify(
            buildRevokedAssertion(this.config.publicUrl, credential),
          ),
        );

      return;
    }
    response.send(
      JSON.stringify(buildAssertion(this.config.publicUrl, credential)),
    );
  }

  @Get('badges/:id')
  async badge(
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const achievement = await this.repository.findAchievement(id);
    if (achievement === null)
      throw new NotFoundError(`No badge has id ${id.slice(0, 80)}.`);
    response
      .type('application/ld+json')
      .send(
        JSON.stringify(buildBadgeClass(this.config.publicUrl, achievement)),
      );
  }

  @Get('issuers/:id')
  async issuer(
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const organisation = await this.repository.findOrganisation(id);
    if (organisation === null)
      throw new NotFoundError(`No issuer has id ${id.slice(0, 80)}.`);
    response
      .type('application/ld+json')
      .send(JSON.stringify(buildIssuer(this.config.publicUrl, organisation)));
  }
}
