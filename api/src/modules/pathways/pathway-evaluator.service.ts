import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { LearnerBadgeEvents } from '../credentials/learner-badge-events.js';
import { LearnerBadgesRepository } from './learner-badges.repository.js';
import { PathwayStatus } from './pathway.entity.js';
import { PathwayCompletions } from './pathway-completions.service.js';
import { PathwaysRepository } from './pathways.repository.js';
import { computeProgress } from './progress/progress.js';

/**
 * Rounds of evaluation per event. Each round that issues a goal badge can
 * make another pathway complete (a goal badge may be a step elsewhere), and
 * each pathway completes once per learner, so chains end; this bounds them.
 */
const MAX_ROUNDS = 10;

/**
 * Evaluates a learner's published pathways whenever their badges change,
 * and completes those whose steps are all met.
 */
@Injectable()
export class PathwayEvaluator implements OnModuleInit {
  private readonly logger = new Logger(PathwayEvaluator.name);
  /** Learners being evaluated in this process, and whether to go again. */
  private readonly running = new Map<string, { again: boolean }>();

  constructor(
    private readonly events: LearnerBadgeEvents,
    private readonly pathways: PathwaysRepository,
    private readonly badges: LearnerBadgesRepository,
    private readonly completions: PathwayCompletions,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((userId) => this.badgesChanged(userId));
  }

  /**
   * Evaluates the learner's pathways. An event for a learner already being
   * evaluated, such as the one a goal badge raises, requests one more round
   * instead of starting a nested evaluation.
   */
  async badgesChanged(userId: string): Promise<void> {
    const current = this.running.get(userId);
    if (current !== undefined) {
      current.again = true;

      return;
    }
    const state = { again: true };
    this.running.set(userId, state);
    try {
      for (let round = 0; state.again; round += 1) {
        if (round === MAX_ROUNDS) {
          this.logger.warn(
            `Stopped evaluating the pathways of user ${userId} after ${MAX_ROUNDS} rounds`,
          );
          break;
        }
        state.again = false;
        await this.evaluate(userId);
      }
    } finally {
      this.running.delete(userId);
    }
  }

  /** Completes one pathway for a learner if its steps are all met. */
  async evaluatePathway(pathwayId: string, userId: string): Promise<void> {
    const issued = await this.completeEach([pathwayId], userId);
    if (issued > 0) await this.events.badgesChanged(userId);
  }

  private async evaluate(userId: string): Promise<void> {
    const held = await this.badges.findHeld(userId);
    const candidates = await this.badges.findCandidatePathways(userId, held);
    const issued = await this.completeEach(candidates, userId);
    // Other features hear of the goal badges; this listener runs again.
    if (issued > 0) await this.events.badgesChanged(userId);
  }

  private async completeEach(
    pathwayIds: readonly string[],
    userId: string,
  ): Promise<number> {
    if (pathwayIds.length === 0) return 0;
    const held = await this.badges.findHeld(userId);
    const definitions = await this.pathways.findDefinitions(pathwayIds);
    let issued = 0;
    for (const pathway of definitions) {
      if (pathway.status !== PathwayStatus.PUBLISHED) continue;
      const progress = computeProgress(pathway, held);
      if (!progress.complete) continue;
      try {
        const credentialId = await this.completions.complete(
          pathway.id,
          userId,
          progress,
        );
        if (credentialId !== null) issued += 1;
      } catch (error) {
        this.logger.error(
          `Could not complete pathway ${pathway.id} for user ${userId}`,
          error instanceof Error ? error.stack : String(error),
        );
      }
    }

    return issued;
  }
}
