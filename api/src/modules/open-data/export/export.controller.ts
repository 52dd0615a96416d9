import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

import { Public } from '../../../common/auth/access.decorators.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { type ExportResult, ExportService } from './export.service.js';
import {
  EXPORT_CSV_COLUMNS,
  toCsvRecord,
  toFeatureCollection,
} from './export-formats.js';

/**
 * Map search results as GeoJSON and CSV, with the same filters as the map
 * (see docs/open-data.md). `X-Total-Count` gives every match and
 * `X-Truncated` is true when the file contains fewer.
 */
@Public()
@Controller('api/opportunities')
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('export.geojson')
  async geojson(
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const result = await this.exports.run(query, { locatedOnly: true });
    const collection = toFeatureCollection(result.rows, this.config.publicUrl);
    sendFile(response, result, {
      contentType: 'application/geo+json; charset=utf-8',
      fileName: 'opportunities.geojson',
      body: JSON.stringify(collection),
    });
  }

  @Get('export.csv')
  async csv(
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const result = await this.exports.run(query, { locatedOnly: false });
    // RFC 4180 ends records with CRLF and quotes fields that hold a comma,
    // a quote or a line break. The byte order mark makes spreadsheet
    // programs read UTF-8, as in the app's other CSV files.
    const body = stringify(
      result.rows.map((row) => toCsvRecord(row, this.config.publicUrl)),
      {
        bom: true,
        header: true,
        columns: [...EXPORT_CSV_COLUMNS],
        record_delimiter: 'windows',
      },
    );
    sendFile(response, result, {
      contentType: 'text/csv; charset=utf-8; header=present',
      fileName: 'opportunities.csv',
      body,
    });
  }
}

function sendFile(
  response: Response,
  result: ExportResult,
  file: { contentType: string; fileName: string; body: string },
): void {
  response
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Total-Count': String(result.totalCount),
      'X-Truncated': String(result.truncated),
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'X-Total-Count, X-Truncated',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(file.body);
}
