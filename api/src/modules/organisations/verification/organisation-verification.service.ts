import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import {
  decodeCursor,
  encodeCursor,
} from '../../../common/pagination/cursor.js';
import { AuditService } from '../../audit/audit.service.js';
import type { OrganisationConnection } from '../dto/organisation.model.js';
import type { OrganisationModel } from '../dto/organisation.model.js';
import type { AwaitingVerificationArgs } from '../dto/verification.inputs.js';
import { parseId } from '../organisation-input.js';
import { OrganisationsRepository } from '../organisations.repository.js';
import {
  type AwaitingPosition,
  OrganisationVerificationRepository,
} from './organisation-verification.repository.js';

export const DEFAULT_AWAITING_PAGE = 20;
export const MAX_AWAITING_PAGE = 100;
const AWAITING_SCOPE = 'organisationsAwaitingVerification';

/**
 * Platform administrators' verification of organisations. Only a
 * council's verification changes what it may do: an unverified council
 * cannot review listings or approve providers.
 */
@Injectable()
export class OrganisationVerificationService {
  private readonly logger = new Logger(OrganisationVerificationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationVerificationRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Marks the organisation verified; verifying twice keeps the first time. */
  verify(viewer: Viewer, rawId: string): Promise<OrganisationModel> {
    return this.change(viewer, rawId, 'verify');
  }

  /** Marks the organisation unverified; a no-op when it is not verified. */
  revoke(viewer: Viewer, rawId: string): Promise<OrganisationModel> {
    return this.change(viewer, rawId, 'revoke-verification');
  }

  async listAwaiting(
    args: AwaitingVerificationArgs,
  ): Promise<OrganisationConnection> {
    const first = args.first ?? DEFAULT_AWAITING_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_AWAITING_PAGE) {
      throw new BadUserInputError(
        `first is ${first}; expected an integer from 1 to ${MAX_AWAITING_PAGE}.`,
        'first',
      );
    }
    const kind = args.kind ?? null;
    const scope = `${AWAITING_SCOPE}:${kind ?? 'all'}`;
    const after = args.after ? decodePosition(args.after, scope) : null;
    const [rows, totalCount] = await Promise.all([
      this.repository.findAwaiting(kind, first + 1, after),
      this.repository.countAwaiting(kind),
    ]);
    const edges = rows
      .slice(0, first)
      .map(({ rank, createdMicros, ...node }) => ({
        node,
        cursor: encodeCursor(
          { key: `${rank}:${createdMicros}`, id: node.id },
          scope,
        ),
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

  private async change(
    viewer: Viewer,
    rawId: string,
    action: 'verify' | 'revoke-verification',
  ): Promise<OrganisationModel> {
    const id = parseId(rawId, 'input.organisationId', 'an organisation');

    return this.dataSource.transaction(async (manager) => {
      const before = await this.organisations.lock(manager, id);
      if (before === null) {
        throw new NotFoundError(`No organisation has the id ${id}.`);
      }
      if ((before.verifiedAt !== null) === (action === 'verify')) {
        return before;
      }
      const after =
        action === 'verify'
          ? await this.repository.markVerified(manager, id, viewer.userId)
          : await this.repository.clearVerified(manager, id);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: id,
          subjectType: 'organisation',
          subjectId: id,
          action,
          changes: {
            verifiedAt: { from: before.verifiedAt, to: after.verifiedAt },
          },
        },
        manager,
      );
      this.logger.log(`Admin ${viewer.userId}: ${action} organisation ${id}`);

      return after;
    });
  }
}

/** Decodes an `after` cursor into the rank and creation time it holds. */
function decodePosition(cursor: string, scope: string): AwaitingPosition {
  const position = decodeCursor(cursor, 'string', scope);
  const match = /^([01]):(-?\d{1,19})$/.exec(String(position.key));
  if (match === null) {
    throw new BadUserInputError(
      `after "${cursor.slice(0, 80)}" is not a valid cursor for this list; pass an endCursor from the same list, or omit after to start from the first page.`,
      'after',
    );
  }

  return { rank: Number(match[1]), createdMicros: match[2]!, id: position.id };
}
