import { Injectable } from '@nestjs/common';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import type { OrganisationConnection } from './dto/organisation.model.js';
import { OrganisationsRepository } from './organisations.repository.js';

export const DEFAULT_PROVIDERS_PAGE = 50;
const PROVIDERS_SCOPE = 'providers';
export const MAX_PROVIDERS_PAGE = 100;

@Injectable()
export class OrganisationsService {
  constructor(private readonly repository: OrganisationsRepository) {}

  async listProviders(
    first: number,
    after: string | null | undefined,
  ): Promise<OrganisationConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PROVIDERS_PAGE) {
      throw new BadUserInputError(
        `first is ${first}; expected an integer from 1 to ${MAX_PROVIDERS_PAGE}.`,
      );
    }
    const position = after
      ? decodeCursor(after, 'string', PROVIDERS_SCOPE)
      : null;
    const [rows, totalCount] = await Promise.all([
      this.repository.findProviders(first + 1, position),
      this.repository.countProviders(),
    ]);
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({
      node,
      cursor: encodeCursor({ key: node.name, id: node.id }, PROVIDERS_SCOPE),
    }));

    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
