import { Injectable } from '@nestjs/common';

import { BadUserInputError } from '../../../common/errors/domain-error.js';
import type { GeoPoint } from '../../../common/geo/geo-point.model.js';
import { OpportunitiesRepository } from '../../opportunities/opportunities.repository.js';
import {
  buildSearchCriteria,
  type SearchCriteria,
} from '../../opportunities/search/search-criteria.js';
import { parsePlaceId, PlacesService } from '../../places/places.service.js';
import { ExportRepository, type ExportRow } from './export.repository.js';
import { parseExportQuery, toParameterNames } from './export-params.js';

/** The maximum number of opportunities one export returns. */
export const MAX_EXPORT_ROWS = 5000;

export interface ExportResult {
  rows: ExportRow[];
  /** Every match, of which `rows` contains the first `MAX_EXPORT_ROWS`. */
  totalCount: number;
  truncated: boolean;
}

/** Map search results for download, with the search's own filters. */
@Injectable()
export class ExportService {
  constructor(
    private readonly repository: ExportRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly places: PlacesService,
  ) {}

  /**
   * Runs the search that the query string describes. The GeoJSON export
   * passes `locatedOnly`, because an online opportunity has no point.
   */
  async run(
    query: Record<string, unknown>,
    { locatedOnly }: { locatedOnly: boolean },
  ): Promise<ExportResult> {
    const criteria = await this.criteriaOf(query);
    const [rows, totalCount] = await Promise.all([
      this.repository.find(criteria, MAX_EXPORT_ROWS, { locatedOnly }),
      this.opportunities.count(criteria, { locatedOnly }),
    ]);

    return { rows, totalCount, truncated: totalCount > rows.length };
  }

  private async criteriaOf(
    query: Record<string, unknown>,
  ): Promise<SearchCriteria> {
    const args = parseExportQuery(query);
    try {
      return await buildSearchCriteria(args, (placeId) =>
        this.locatePlace(placeId),
      );
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      const field = error.details.field;
      throw new BadUserInputError(
        toParameterNames(error.message),
        typeof field === 'string' ? toParameterNames(field) : undefined,
      );
    }
  }

  private async locatePlace(rawId: string): Promise<GeoPoint> {
    const place = await this.places.findById(parsePlaceId('placeId', rawId));
    if (place === null) {
      throw new BadUserInputError(
        `placeId "${rawId}" is not a known place; find ids with the places query.`,
      );
    }

    return place.location;
  }
}
