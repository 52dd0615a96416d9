import { Injectable, Logger } from '@nestjs/common';

/** Runs after a learner's set of valid badges may have changed. */
export type LearnerBadgesListener = (userId: string) => Promise<void>;

/**
 * Tells other features that a learner's badges changed: a badge issued,
 * imported, verified again, revoked, suspended or reinstated, or a new
 * address verified. Pathways listen to award goal badges. Callers emit
 * after their transaction commits, so listeners read committed rows.
 */
@Injectable()
export class LearnerBadgeEvents {
  private readonly logger = new Logger(LearnerBadgeEvents.name);
  private readonly listeners: LearnerBadgesListener[] = [];

  subscribe(listener: LearnerBadgesListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs every listener for the learner, one after another. A failing
   * listener is logged and does not fail the caller's request, because the
   * change that caused the event has already been committed.
   */
  async badgesChanged(userId: string): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(userId);
      } catch (error) {
        this.logger.error(
          `A listener failed after the badges of user ${userId} changed`,
          error instanceof Error ? error.stack : String(error),
        );
      }
    }
  }
}
