import { Inject, Injectable } from '@nestjs/common';

import type { Viewer } from '../../../common/auth/viewer.js';
import { BadUserInputError } from '../../../common/errors/domain-error.js';
import {
  cursorScope,
  decodeCursor,
  encodeCursor,
} from '../../../common/pagination/cursor.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import {
  type BackpackItemRow,
  BackpackItemsRepository,
  type BackpackQuery,
} from '../backpack-items.repository.js';
import {
  BACKPACK_LIMITS,
  type BackpackFilterInput,
  type BackpackIssuerObject,
  type BackpackItemConnection,
  BackpackItemKind,
  type BackpackItemObject,
  BackpackSort,
  type MyBackpackArgs,
} from './backpack-item.type.js';

/** The learner's backpack: issued and imported badges in one list. */
@Injectable()
export class BackpackListService {
  constructor(
    private readonly repository: BackpackItemsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    viewer: Viewer,
    args: MyBackpackArgs,
  ): Promise<BackpackItemConnection> {
    const first = args.first ?? BACKPACK_LIMITS.defaultPage;
    if (
      !Number.isInteger(first) ||
      first < 1 ||
      first > BACKPACK_LIMITS.maxPage
    ) {
      throw new BadUserInputError(
        `first ${first} is not allowed; use 1 to ${BACKPACK_LIMITS.maxPage}.`,
        'first',
      );
    }
    const sort = args.sort ?? BackpackSort.NEWEST;
    const filter = cleanFilter(args.filter ?? {});
    const scope = cursorScope(['backpack', viewer.userId, sort, filter]);
    const after =
      args.after === null || args.after === undefined
        ? null
        : decodeCursor(args.after, 'string', scope);
    const query: BackpackQuery = {
      userId: viewer.userId,
      sort,
      ...filter,
      limit: first,
      after: after === null ? null : { key: String(after.key), id: after.id },
    };
    const { rows, total } = await this.repository.list(query);
    const edges = rows.slice(0, first).map((row) => ({
      node: this.present(row),
      cursor: encodeCursor({ key: row.key, id: row.id }, scope),
    }));

    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  issuers(viewer: Viewer): Promise<BackpackIssuerObject[]> {
    return this.repository.issuers(viewer.userId);
  }

  /** Adds the image URL, which depends on the public address of the app. */
  present(row: BackpackItemRow): BackpackItemObject {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    let imageUrl: string | null = null;
    if (row.kind === BackpackItemKind.ISSUED) {
      imageUrl = `${base}/api/achievements/${row.achievementId}/image`;
    } else if (row.hasImage) {
      imageUrl = `${base}/api/imported-badges/${row.id}/image`;
    }

    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      imageUrl,
      issuerKey: row.issuerKey,
      issuerName: row.issuerName,
      issuedAt: row.issuedAt,
      expiresAt: row.expiresAt,
      status: row.status,
      shared: row.shared,
      sdgNumbers: row.sdgNumbers,
      skillIds: row.skillIds,
      achievementId: row.achievementId,
    };
  }
}

type CleanFilter = Pick<
  BackpackQuery,
  | 'sdgs'
  | 'skills'
  | 'issuers'
  | 'statuses'
  | 'kinds'
  | 'issuedFrom'
  | 'issuedTo'
>;

/** Checks each filter against its limits, naming the value at fault. */
function cleanFilter(filter: BackpackFilterInput): CleanFilter {
  const sdgs = limitedList(filter.sdgs, 'filter.sdgs', BACKPACK_LIMITS.sdgs);
  for (const sdg of sdgs) {
    if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) {
      throw new BadUserInputError(
        `filter.sdgs contains ${sdg}, which is not an SDG number; use 1 to 17.`,
        'filter.sdgs',
      );
    }
  }
  const skills = textList(
    filter.skills,
    'filter.skills',
    BACKPACK_LIMITS.skills,
    BACKPACK_LIMITS.skillIdLength,
  );
  const issuers = textList(
    filter.issuers,
    'filter.issuers',
    BACKPACK_LIMITS.issuers,
    BACKPACK_LIMITS.issuerKeyLength,
  );
  const issuedFrom = filter.issuedFrom ?? null;
  const issuedTo = filter.issuedTo ?? null;
  if (issuedFrom !== null && issuedTo !== null && issuedFrom > issuedTo) {
    throw new BadUserInputError(
      `filter.issuedFrom ${issuedFrom.toISOString()} is after filter.issuedTo ${issuedTo.toISOString()}; swap them.`,
      'filter.issuedFrom',
    );
  }

  return {
    sdgs: [...new Set(sdgs)].sort((a, b) => a - b),
    skills,
    issuers,
    statuses: [...new Set(filter.statuses ?? [])].sort(),
    kinds: [...new Set(filter.kinds ?? [])].sort(),
    issuedFrom,
    issuedTo,
  };
}

function limitedList<T>(
  values: T[] | null | undefined,
  field: string,
  max: number,
): T[] {
  const list = values ?? [];
  if (list.length > max) {
    throw new BadUserInputError(
      `${field} has ${list.length} values; give at most ${max}.`,
      field,
    );
  }

  return list;
}

function textList(
  values: string[] | null | undefined,
  field: string,
  max: number,
  maxLength: number,
): string[] {
  const list = limitedList(values, field, max);
  for (const value of list) {
    if (value.length === 0 || value.length > maxLength) {
      throw new BadUserInputError(
        `${field} contains a value of ${value.length} characters; each must have 1 to ${maxLength}.`,
        field,
      );
    }
    if (value.includes('\u0000')) {
      throw new BadUserInputError(
        `${field} contains a NUL character (U+0000); remove it.`,
        field,
      );
    }
  }

  return [...new Set(list)].sort();
}
