import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Mailer } from '../mail/mailer.service.js';
import type {
  RegisterForSessionInput,
  WithdrawRegistrationInput,
} from './dto/registration.inputs.js';
import type { RegistrationModel } from './dto/registration.model.js';
import { RegistrationStatus } from './registration.entity.js';
import {
  RegistrationsRepository,
  type SessionFacts,
} from './registrations.repository.js';
import {
  isDuplicateRegistration,
  isSessionFull,
  trySavepoint,
} from './savepoint.js';
import { requireUuid } from './session-access.service.js';
import {
  moveWaitingListUp,
  type Recipient,
  sendNotices,
} from './session-registrations.js';
import { hasWaitlisted } from './waiting-list.repository.js';
import { describeAgeRange, placeOfferedNotices } from './waitlist-mail.js';

/**
 * A learner's own registrations: taking a place, joining the waiting list
 * when the session is full, and withdrawing, which moves the list up.
 */
@Injectable()
export class RegistrationsService {
  private readonly logger = new Logger(RegistrationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RegistrationsRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(
    viewer: Viewer,
    input: RegisterForSessionInput,
  ): Promise<RegistrationModel> {
    const sessionId = requireUuid(input.sessionId, 'input.sessionId');
    const session = await this.repository.findSession(sessionId);
    // Drafts and listings under review look the same as unknown sessions.
    if (session === null || !session.published) {
      throw new NotFoundError(
        `Session ${sessionId} not found among published opportunities; pick a session from a published listing.`,
      );
    }
    requireNotStarted(session.startsAt, 'registration closes');
    await this.requireAgeInRange(viewer.userId, session);

    const { id, moved } = await this.dataSource.transaction(async (manager) => {
      await this.repository.lockSession(manager, session.id);
      // Places freed without a withdrawal (a deleted account, for one) go to
      // the waiting list before the newcomer is placed, so that no one takes
      // a place ahead of the learners already waiting.
      const promoted = await moveWaitingListUp(manager, session.id);
      const waiting = await hasWaitlisted(manager, session.id);
      const inserted = await this.insertPlace(
        manager,
        session.id,
        viewer.userId,
        waiting,
      );

      return { id: inserted, moved: promoted };
    });
    this.logger.log(
      `User ${viewer.userId} registered ${id} at ${sessionId}; moved up: ${describeMoved(moved)}`,
    );
    await this.notifyMoved(moved);

    return (await this.repository.findById(id))!;
  }

  async withdraw(
    viewer: Viewer,
    input: WithdrawRegistrationInput,
  ): Promise<RegistrationModel> {
    const id = requireUuid(input.registrationId, 'input.registrationId');
    // Nothing changes a registration's session, so reading it before taking
    // the locks is safe.
    const sessionId = await this.repository.findSessionIdOf(id);
    if (sessionId === null) throw notAmongYours(id);
    const moved = await this.dataSource.transaction(async (manager) => {
      await this.repository.lockSession(manager, sessionId);
      const current = await this.lockOwnRegistration(manager, viewer, id);
      await this.repository.markWithdrawn(manager, id);
      if (current.status !== RegistrationStatus.REGISTERED) return [];

      return moveWaitingListUp(manager, sessionId);
    });
    this.logger.log(
      `User ${viewer.userId} withdrew ${id}; moved up: ${describeMoved(moved)}`,
    );
    await this.notifyMoved(moved);

    return (await this.repository.findById(id))!;
  }

  /**
   * Inserts a waiting-list place when others are `waiting`. Otherwise it
   * inserts a registered place, or a waiting-list place when the capacity
   * trigger reports the session full. The caller holds the session lock, because rolling back
   * to the savepoint would release the trigger's own.
   */
  private async insertPlace(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    waiting: boolean,
  ): Promise<string> {
    const insert = (status: RegistrationStatus) =>
      this.repository.insert(manager, sessionId, userId, status);
    try {
      const registered = waiting
        ? undefined
        : await trySavepoint(
            manager,
            () => insert(RegistrationStatus.REGISTERED),
            isSessionFull,
          );

      return registered ?? (await insert(RegistrationStatus.WAITLISTED));
    } catch (error) {
      if (!isDuplicateRegistration(error)) throw error;
      throw new ConflictError(
        `You are already registered or on the waiting list for session ${sessionId}; withdraw that registration before registering again.`,
        'input.sessionId',
      );
    }
  }

  private async lockOwnRegistration(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<RegistrationModel> {
    const locked = await this.repository.lockById(manager, id);
    // Someone else's registration looks the same as an unknown one.
    if (locked === null || locked.userId !== viewer.userId) {
      throw notAmongYours(id);
    }
    const current = (await this.repository.findById(id, manager))!;
    if (current.status === RegistrationStatus.WITHDRAWN) {
      throw new ConflictError(
        `Registration ${id} is already withdrawn.`,
        'input.registrationId',
      );
    }
    requireNotStarted(current.session.startsAt, 'withdrawing closes');

    return current;
  }

  /** E-mails each learner who moved up. A failed e-mail leaves the place. */
  private async notifyMoved(moved: readonly Recipient[]): Promise<void> {
    await sendNotices(
      this.mailer,
      this.logger,
      placeOfferedNotices(moved, this.config.publicUrl),
    );
  }

  private async requireAgeInRange(
    userId: string,
    session: SessionFacts,
  ): Promise<void> {
    const { minAge, maxAge } = session;
    if (minAge === null && maxAge === null) return;
    const birthYear = (await this.repository.findBirthYear(userId))!;
    // Age in whole years reached by the end of this year, as sign-up records
    // only the birth year.
    const ageThisYear = new Date().getUTCFullYear() - birthYear;
    if (
      (minAge !== null && ageThisYear < minAge) ||
      (maxAge !== null && ageThisYear > maxAge)
    ) {
      throw new ForbiddenError(
        `"${session.title}" is for ages ${describeAgeRange(minAge, maxAge)}; you turn ${ageThisYear} this year, so you cannot register.`,
      );
    }
  }
}

function requireNotStarted(startsAt: Date, closingAction: string): void {
  if (startsAt.getTime() <= Date.now()) {
    throw new ConflictError(
      `The session started at ${startsAt.toISOString()}; ${closingAction} when a session starts.`,
    );
  }
}

function describeMoved(moved: readonly Recipient[]): string {
  return moved.map((each) => each.registrationId).join(', ') || 'none';
}

function notAmongYours(id: string): NotFoundError {
  return new NotFoundError(
    `Registration ${id} not found among your registrations.`,
  );
}
