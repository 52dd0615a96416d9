import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { toOpenActiveData } from '../openactive/openactive-mappers.js';
import type { JsonLd } from '../openactive/openactive-parts.js';
import { opportunityTypeOf } from '../openactive/opportunity-type.js';
import { feedUrl } from '../records/open-data-urls.js';
import type { OpportunityRecord } from '../records/opportunity-record.js';
import { OpportunityRecordsRepository } from '../records/opportunity-records.repository.js';
import { FeedRepository, type FeedRow } from './feed.repository.js';
import {
  FEED_PAGE_SIZE,
  type FeedPosition,
  type FeedQuery,
} from './feed-params.js';
import { TombstonePurger } from './tombstone-purger.js';

/** The licence of the feed's data: Creative Commons Attribution 4.0. */
export const OPEN_DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export interface RpdeItem {
  state: 'updated' | 'deleted';
  kind: string;
  id: string;
  modified: number;
  data?: JsonLd;
}

export interface RpdePage {
  next: string;
  items: RpdeItem[];
  license: string;
}

/** The RPDE feed of opportunities, one page per request. */
@Injectable()
export class FeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FeedRepository,
    private readonly records: OpportunityRecordsRepository,
    private readonly purger: TombstonePurger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Reads one page. The change rows and the opportunities' data come from
   * one REPEATABLE READ snapshot, so each item's data is the state its
   * `modified` value names, and `next` derives from this page's own rows.
   */
  async page(query: FeedQuery): Promise<RpdePage> {
    await this.purger.purgeIfDue();
    const { rows, records } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const page = await this.repository.findPage(manager, query);
        const updatedIds = page
          .filter((row) => !row.deleted)
          .map((row) => row.opportunityId);

        return {
          rows: page,
          records: await this.records.findPublished(updatedIds, manager),
        };
      },
    );
    const last = rows.at(-1);
    const position: FeedPosition | null =
      last === undefined
        ? query.after
        : {
            changeNumber: last.changeNumber,
            opportunityId: last.opportunityId,
          };

    return {
      next: this.pageUrl(position, query.limit),
      items: rows.map((row) =>
        this.itemOf(row, records.get(row.opportunityId)),
      ),
      license: OPEN_DATA_LICENSE,
    };
  }

  private itemOf(
    row: FeedRow,
    record: OpportunityRecord | undefined,
  ): RpdeItem {
    const base = { id: row.opportunityId, modified: row.changeNumber };
    // The triggers keep `deleted_at` in step with the status, so an
    // updated row always has a published opportunity in the same snapshot.
    // Should one be missing, the item is reported as deleted, not dropped.
    if (row.deleted || record === undefined) {
      return {
        state: 'deleted',
        // NOTE: without its opportunity row (removed by hand, as the app
        // never deletes listings) a tombstone's kind falls back to Event.
        kind:
          row.kind === null
            ? 'Event'
            : opportunityTypeOf(row.kind, row.sessionCount),
        ...base,
      };
    }
    const data = toOpenActiveData(record, this.config.publicUrl);

    return { state: 'updated', kind: String(data['@type']), ...base, data };
  }

  private pageUrl(position: FeedPosition | null, limit: number): string {
    const params = new URLSearchParams();
    if (position !== null) {
      params.set('afterTimestamp', String(position.changeNumber));
      params.set('afterId', position.opportunityId);
    }
    if (limit !== FEED_PAGE_SIZE) params.set('limit', String(limit));
    const search = params.toString();

    return `${feedUrl(this.config.publicUrl)}${search === '' ? '' : `?${search}`}`;
  }
}
