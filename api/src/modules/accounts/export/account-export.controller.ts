import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  type AccountExport,
  AccountExportService,
} from './account-export.service.js';

/** Downloads of the signed-in user's own data. */
@SignedIn()
@Controller('api/account')
export class AccountExportController {
  constructor(private readonly exports: AccountExportService) {}

  /** Every record about the user, as a JSON file to save. */
  @Get('export')
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccountExport> {
    const now = new Date();
    const data = await this.exports.export(viewer.userId, now);
    const date = now.toISOString().slice(0, 10);
    // The name contains only safe characters, so it needs no encoding.
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="learnscape-account-${date}.json"`,
    );
    response.type('application/json');

    return data;
  }
}
