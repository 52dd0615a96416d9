import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import {
  type CursorPosition,
  cursorScope,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/cursor.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import {
  DEFAULT_MY_REGISTRATIONS_PAGE,
  DEFAULT_SESSION_REGISTRATIONS_PAGE,
  MAX_REGISTRATIONS_PAGE,
  type MyRegistrationsArgs,
  type SessionRegistrationsArgs,
} from './dto/registration.inputs.js';
import type {
  RegistrationConnection,
  SessionRegistrationConnection,
} from './dto/registration.model.js';
import {
  type RegistrationHit,
  RegistrationListsRepository,
} from './registration-lists.repository.js';
import {
  requireUuid,
  SEE_REGISTRATIONS,
  SessionAccess,
} from './session-access.service.js';

/** Matches the text that `sortKeyOf` produces in SQL. */
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Pages of registrations: a learner's own, and a session's for staff. */
@Injectable()
export class RegistrationListsService {
  constructor(
    private readonly lists: RegistrationListsRepository,
    private readonly access: SessionAccess,
    private readonly opportunities: OpportunitiesRepository,
  ) {}

  async listMine(
    viewer: Viewer,
    args: MyRegistrationsArgs,
  ): Promise<RegistrationConnection> {
    const first = requirePageSize(args.first ?? DEFAULT_MY_REGISTRATIONS_PAGE);
    const upcoming = args.upcoming ?? null;
    const scope = cursorScope(['myRegistrations', upcoming]);
    const position = decodeTimestampCursor(args.after, scope);
    const [hits, totalCount] = await Promise.all([
      this.lists.findByUser(viewer.userId, upcoming, first + 1, position),
      this.lists.countByUser(viewer.userId, upcoming),
    ]);

    return toConnection(hits, first, totalCount, scope);
  }

  async listForSession(
    viewer: Viewer,
    args: SessionRegistrationsArgs,
  ): Promise<SessionRegistrationConnection> {
    const sessionId = requireUuid(args.sessionId, 'sessionId');
    const first = requirePageSize(
      args.first ?? DEFAULT_SESSION_REGISTRATIONS_PAGE,
    );
    const session = await this.access.requireSession(
      viewer,
      sessionId,
      SEE_REGISTRATIONS,
    );
    const status = args.status ?? null;
    const scope = cursorScope(['sessionRegistrations', sessionId, status]);
    const position = decodeTimestampCursor(args.after, scope);
    const [hits, totalCount, opportunities] = await Promise.all([
      this.lists.findBySession(sessionId, status, first + 1, position),
      this.lists.countBySession(sessionId, status),
      this.opportunities.findByIds([session.opportunityId]),
    ]);
    const opportunity = opportunities.get(session.opportunityId);
    if (opportunity === undefined) {
      throw new Error(
        `Opportunity ${session.opportunityId} of session ${sessionId} is missing`,
      );
    }

    return {
      ...toConnection(hits, first, totalCount, scope),
      session: {
        id: session.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: session.timeZone,
      },
      opportunity,
    };
  }
}

function requirePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_REGISTRATIONS_PAGE) {
    throw new BadUserInputError(
      `first is ${first}; expected an integer from 1 to ${MAX_REGISTRATIONS_PAGE}.`,
      'first',
    );
  }

  return first;
}

/** Decodes a cursor whose key is a timestamp, which SQL casts unchecked. */
function decodeTimestampCursor(
  after: string | null | undefined,
  scope: string,
): CursorPosition | null {
  if (!after) return null;
  const position = decodeCursor(after, 'string', scope);
  if (!isTimestampKey(String(position.key))) {
    throw new BadUserInputError(
      `after "${after.slice(0, 80)}" is not a valid cursor for this list; pass an endCursor from the same list, or omit after to start from the first page.`,
      'after',
    );
  }

  return position;
}

/**
 * Checks that `key` has the `sortKeyOf` form and names a real instant, so
 * that a forged key such as 30 February cannot reach the SQL cast.
 */
function isTimestampKey(key: string): boolean {
  if (!TIMESTAMP_KEY.test(key)) return false;
  const parsed = new Date(key);

  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 19) === key.slice(0, 19)
  );
}

function toConnection(
  hits: RegistrationHit[],
  first: number,
  totalCount: number,
  scope: string,
): RegistrationConnection {
  const edges = hits.slice(0, first).map((hit) => ({
    node: hit.registration,
    cursor: encodeCursor({ key: hit.sortKey, id: hit.registration.id }, scope),
  }));

  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: hits.length > first,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
