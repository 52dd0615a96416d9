import { ImsxError } from './imsx-error.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface PageRequest {
  limit: number;
  offset: number;
  since: Date | null;
}

function invalid(message: string): never {
  throw new ImsxError(400, 'invalid_query_parameter', message);
}

function integer(raw: unknown, name: string, min: number, max: number): number {
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) {
    invalid(
      `${name} must be an integer from ${min} to ${max}; got ${JSON.stringify(raw)}.`,
    );
  }
  const value = Number(raw);
  if (value < min || value > max) {
    invalid(`${name} must be an integer from ${min} to ${max}; got ${value}.`);
  }

  return value;
}

/** Reads limit, offset and since from getCredentials' query string. */
export function readPageRequest(query: Record<string, unknown>): PageRequest {
  const since = query.since;
  if (
    since !== undefined &&
    (typeof since !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(
        since,
      ) ||
      Number.isNaN(Date.parse(since)))
  ) {
    invalid(
      `since must be an RFC 3339 date-time such as 2025-01-31T12:00:00Z; got ${JSON.stringify(since)}.`,
    );
  }

  return {
    limit:
      query.limit === undefined
        ? DEFAULT_LIMIT
        : integer(query.limit, 'limit', 1, MAX_LIMIT),
    offset:
      query.offset === undefined
        ? 0
        : integer(query.offset, 'offset', 0, 1_000_000_000),
    since: since === undefined ? null : new Date(since as string),
  };
}

/**
 * Builds the Link header: first and last always, prev when the offset is
 * above zero, next while results remain.
 */
export function pagingLinks(
  base: string,
  page: PageRequest,
  total: number,
): string {
  const url = (offset: number) => {
    const parameters = new URLSearchParams({
      limit: String(page.limit),
      offset: String(offset),
    });
    if (page.since !== null) parameters.set('since', page.since.toISOString());

    return `<${base}?${parameters}>`;
  };
  const lastOffset =
    total === 0 ? 0 : Math.floor((total - 1) / page.limit) * page.limit;
  const links = [];
  if (page.offset + page.limit < total)
    links.push(`${url(page.offset + page.limit)}; rel="next"`);
  links.push(`${url(lastOffset)}; rel="last"`, `${url(0)}; rel="first"`);
  if (page.offset > 0) {
    links.push(`${url(Math.max(page.offset - page.limit, 0))}; rel="prev"`);
  }

  return links.join(', ');
}
