import {
  Controller,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import type { Request } from 'express';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { checkCsvMediaType, checkDeclaredLength } from './csv-body.js';
import type { ImportReport } from './dto/import-report.js';
import { UnsupportedMediaTypeFilter } from './media-type.filter.js';
import { OpportunityImportsService } from './opportunity-imports.service.js';

/**
 * `POST /api/organisations/:organisationId/opportunity-imports?mode=...`
 * with a `text/csv` body: checks every row and, unless previewing, creates
 * draft opportunities of the provider.
 */
@SignedIn()
@Controller('api/organisations/:organisationId/opportunity-imports')
@UseFilters(UnsupportedMediaTypeFilter)
export class OpportunityImportsController {
  constructor(private readonly imports: OpportunityImportsService) {}

  @Post()
  @HttpCode(200)
  async import(
    @CurrentViewer() viewer: Viewer,
    @Param('organisationId') organisationId: string,
    @Query('mode') mode: string | undefined,
    @Req() request: Request,
  ): Promise<ImportReport> {
    await this.imports.requireListingAccess(viewer, organisationId);
    checkCsvMediaType(
      request.headers['content-type'],
      request.headers['content-encoding'],
    );
    checkDeclaredLength(request.headers['content-length']);

    return this.imports.import(
      viewer,
      organisationId,
      this.imports.parseMode(mode),
      request,
    );
  }
}
