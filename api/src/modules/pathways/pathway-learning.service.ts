import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { ConflictError } from '../../common/errors/domain-error.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import type { PathwayOpportunitiesArgs } from './dto/pathway.inputs.js';
import type { PathwayModel } from './dto/pathway.model.js';
import type {
  PathwayProgressModel,
  StepOpportunitiesModel,
} from './dto/progress.model.js';
import { LearnerBadgesRepository } from './learner-badges.repository.js';
import { PathwayStatus } from './pathway.entity.js';
import { PathwayEvaluator } from './pathway-evaluator.service.js';
import { PathwayLearnersRepository } from './pathway-learners.repository.js';
import { checkPageSize, resolveOrigin } from './pathway-origin.js';
import { PathwayPlacesRepository } from './pathway-places.repository.js';
import { PathwayQueries } from './pathway-queries.service.js';
import { PathwaysRepository } from './pathways.repository.js';
import {
  computeProgress,
  type PathwayProgress,
  StepState,
} from './progress/progress.js';

const MAX_PER_STEP = 20;

/** What learners do with pathways: follow them and see their progress. */
@Injectable()
export class PathwayLearning {
  private readonly logger = new Logger(PathwayLearning.name);

  constructor(
    private readonly queries: PathwayQueries,
    private readonly repository: PathwaysRepository,
    private readonly learners: PathwayLearnersRepository,
    private readonly badges: LearnerBadgesRepository,
    private readonly places: PathwayPlacesRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly evaluator: PathwayEvaluator,
  ) {}

  /** Follows a published pathway and completes it if every step is met. */
  async follow(viewer: Viewer, rawId: string): Promise<PathwayModel> {
    const pathway = await this.queries.findVisible(viewer, rawId);
    if (pathway.status !== PathwayStatus.PUBLISHED) {
      throw new ConflictError(
        `The pathway "${pathway.title}" is ${pathway.status}; only published pathways can be followed.`,
        'input.pathwayId',
      );
    }
    await this.learners.follow(pathway.id, viewer.userId);
    this.logger.log(`User ${viewer.userId} follows pathway ${pathway.id}`);
    await this.evaluator.evaluatePathway(pathway.id, viewer.userId);

    return pathway;
  }

  async unfollow(viewer: Viewer, rawId: string): Promise<PathwayModel> {
    const pathway = await this.queries.findVisible(viewer, rawId);
    await this.learners.unfollow(pathway.id, viewer.userId);

    return pathway;
  }

  /** The learner's progress in each pathway, from one read of their badges. */
  async progress(
    userId: string,
    pathwayIds: readonly string[],
  ): Promise<Map<string, PathwayProgressModel & PathwayProgress>> {
    const [held, definitions, completions] = await Promise.all([
      this.badges.findHeld(userId),
      this.repository.findDefinitions(pathwayIds),
      this.learners.findCompletions(userId, pathwayIds),
    ]);

    return new Map(
      definitions.map((pathway) => {
        const progress = computeProgress(pathway, held);
        const completion = completions.get(pathway.id);

        return [
          pathway.id,
          {
            ...progress,
            stepCount: progress.steps.length,
            goalCredentialId: completion?.credentialId ?? null,
            completedAt: completion?.completedAt ?? null,
          },
        ];
      }),
    );
  }

  /**
   * Published opportunities that award a badge of each step, nearest first
   * when `near` is given. With `missingOnly`, a signed-in learner gets only
   * the steps they have not met.
   */
  async stepOpportunities(
    viewer: Viewer | null,
    args: PathwayOpportunitiesArgs,
  ): Promise<StepOpportunitiesModel[]> {
    const limit = args.limit ?? 5;
    checkPageSize('limit', limit, MAX_PER_STEP);
    const pathway = await this.queries.findVisible(viewer, args.pathwayId);
    const { origin, radiusMetres } = await resolveOrigin(
      args.near,
      args.radiusKm,
      (placeId) => this.queries.locatePlace(placeId),
    );
    const steps =
      (await this.repository.findSteps([pathway.id])).get(pathway.id) ?? [];
    const wanted = await this.wantedSteps(
      viewer,
      pathway.id,
      args.missingOnly ?? false,
    );
    const chosen = steps.filter(
      (step) => wanted === null || wanted.has(step.id),
    );
    const rows = await this.places.findForSteps(
      chosen.map((step) => step.id),
      origin,
      radiusMetres,
      limit,
    );
    const found = await this.opportunities.findByIds(
      rows.map((row) => row.opportunityId),
    );

    return chosen.map((step) => ({
      stepId: step.id,
      position: step.position,
      opportunities: rows
        .filter((row) => row.stepId === step.id && found.has(row.opportunityId))
        .map((row) => ({
          opportunity: found.get(row.opportunityId)!,
          distanceKm:
            row.distanceMetres === null ? null : row.distanceMetres / 1000,
        })),
    }));
  }

  /** The ids of the steps the learner has not met, or null for every step. */
  private async wantedSteps(
    viewer: Viewer | null,
    pathwayId: string,
    missingOnly: boolean,
  ): Promise<Set<string> | null> {
    if (!missingOnly || viewer === null) return null;
    const progress = (await this.progress(viewer.userId, [pathwayId])).get(
      pathwayId,
    );

    return new Set(
      progress?.steps
        .filter((step) => step.state === StepState.NOT_MET)
        .map((step) => step.stepId) ?? [],
    );
  }
}
