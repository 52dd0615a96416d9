import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { cursorScope } from '../../common/pagination/cursor.js';
import { DEFAULT_LISTINGS_PAGE } from '../listings/listing-page.js';
import {
  decodeCompositeCursor,
  encodeCompositeCursor,
  NUMBER_TEXT,
} from './composite-cursor.js';
import type { SkillNeedPageArgs } from './dto/skill-need.args.js';
import type { SkillNeedModel } from './dto/skill-need.model.js';
import type {
  LearnerSkillMatchModel,
  SkillNeedMatchConnection,
} from './dto/skill-need-match.model.js';
import { LearnerReachRepository } from './learner-reach.repository.js';
import { SkillNeedAccess } from './skill-need-access.service.js';
import { SkillNeedMatchesRepository } from './skill-need-matches.repository.js';
import { checkPageSize } from './skill-need-search.service.js';

/** At most this many pathways are suggested to a learner for one need. */
export const MAX_PATHWAY_SUGGESTIONS = 10;

/** Opportunities and pathways that build a need's skills, for employers and learners. */
@Injectable()
export class SkillNeedMatchingService {
  constructor(
    private readonly repository: SkillNeedMatchesRepository,
    private readonly learners: LearnerReachRepository,
    private readonly access: SkillNeedAccess,
  ) {}

  /** Lists the need's matches for members of its employer and admins. */
  async matches(
    viewer: Viewer,
    need: SkillNeedModel,
    args: SkillNeedPageArgs,
    loaders: LoaderRegistry,
  ): Promise<SkillNeedMatchConnection> {
    await this.access.requireMember(viewer, need, loaders, 'matches');
    const first = checkPageSize('first', args.first ?? DEFAULT_LISTINGS_PAGE);
    const scope = cursorScope(['skillNeedMatches', need.id]);
    const position = args.after
      ? decodeCompositeCursor(args.after, scope, NUMBER_TEXT)
      : null;
    const rows = await this.repository.findMatches(
      need.id,
      first + 1,
      position === null
        ? null
        : {
            covered: position.count,
            distanceMetres: Number(position.second),
            id: position.id,
          },
    );
    const edges = rows.slice(0, first).map((row) => ({
      node: {
        kind: row.kind,
        id: row.id,
        coveredSkillIds: row.covered,
        distanceKm: row.distance / 1000,
      },
      cursor: encodeCompositeCursor(
        { count: row.covered.length, second: String(row.distance), id: row.id },
        scope,
      ),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countAll: () => this.repository.countMatches(need.id),
    };
  }

  /**
   * The viewer's fit to the need: need skills held and missing by their
   * valid badges, and nearby pathways adding missing skills.
   */
  async myMatch(
    viewer: Viewer,
    need: SkillNeedModel,
    loaders: LoaderRegistry,
  ): Promise<LearnerSkillMatchModel> {
    const held = await loaders.load(
      'employerNeeds.viewerHeldSkills',
      async (ids: readonly string[]) =>
        new Map([[ids[0]!, await this.learners.findHeldSkills(viewer.userId)]]),
      viewer.userId,
      [],
    );
    const heldSkillIds = need.skillIds.filter((id) => held.includes(id));
    const missingSkillIds = need.skillIds.filter((id) => !held.includes(id));
    const rows =
      missingSkillIds.length === 0
        ? []
        : await this.repository.findPathwaySuggestions(
            need.id,
            viewer.userId,
            missingSkillIds,
            MAX_PATHWAY_SUGGESTIONS,
          );

    return {
      heldSkillIds,
      missingSkillIds,
      pathways: rows.map((row) => ({
        pathwayId: row.id,
        addsSkillIds: row.adds,
        distanceKm: row.distance / 1000,
      })),
    };
  }
}
