import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';

import { resetViewer, type Viewer } from '../../../common/auth/viewer.js';
import { ConflictError } from '../../../common/errors/domain-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AuditService } from '../../audit/audit.service.js';
import { Mailer } from '../../mail/mailer.service.js';
import {
  moveWaitingListUp,
  type Recipient,
  sendNotices,
} from '../../registrations/session-registrations.js';
import { placeOfferedNotices } from '../../registrations/waitlist-mail.js';
import { CurrentPassword } from '../current-password.service.js';
import type { DeleteAccountInput } from '../dto/settings.inputs.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { AccountDeletionRepository } from './account-deletion.repository.js';

/** Deletes the signed-in user's account and everything that is theirs. */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deletion: AccountDeletionRepository,
    private readonly currentPassword: CurrentPassword,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Deletes the account in one transaction, unless the user is the last
   * owner of an organisation that others still use. An organisation with
   * no other members and no opportunities is left without members. The
   * places the user held go to the waiting lists in the same transaction,
   * and the learners who move up are e-mailed after it commits.
   */
  async delete(
    viewer: Viewer,
    input: DeleteAccountInput,
    request: Request,
    response: Response,
  ): Promise<boolean> {
    const user = await this.currentPassword.verify(
      viewer.userId,
      input.currentPassword,
      request,
    );

    const moved = await this.dataSource.transaction(async (manager) => {
      await this.deletion.lockOwnerships(user.id, manager);
      const blocking = await this.deletion.findSolelyOwnedInUse(
        user.id,
        manager,
      );
      if (blocking !== null) {
        throw new ConflictError(
          `You are the only owner of ${blocking.name}, which has other members or listings; transfer its ownership to someone else first, then delete your account.`,
        );
      }
      // The entry keeps the deleted user's id and no personal data, and the
      // delete below sets its actor to null.
      await this.audit.record(
        {
          actorId: user.id,
          organisationId: null,
          subjectType: 'user',
          subjectId: user.id,
          action: 'delete',
        },
        manager,
      );
      // NOTE: once badges are issued, credentials awarded to this user must
      // lose their link to the account here, while the signed credentials stay
      // valid for their holders.
      return this.deleteAndFillPlaces(user.id, manager);
    });
    this.sessions.clearCookie(response);
    resetViewer(request);
    this.logger.log(
      `Deleted account ${user.id}; moved up: ${moved.map((each) => each.registrationId).join(', ') || 'none'}`,
    );
    await sendNotices(
      this.mailer,
      this.logger,
      placeOfferedNotices(moved, this.config.publicUrl),
    );

    return true;
  }

  /**
   * Deletes the user, whose registrations go with the row, then moves the
   * waiting list up at each session where the user held a place. The
   * sessions are locked before the delete, as every registration change
   * locks its session first.
   */
  private async deleteAndFillPlaces(
    userId: string,
    manager: EntityManager,
  ): Promise<Recipient[]> {
    const sessionIds = await this.deletion.lockRegisteredSessions(
      userId,
      manager,
    );
    await this.deletion.deleteUser(userId, manager);
    const moved: Recipient[] = [];
    for (const sessionId of sessionIds) {
      moved.push(...(await moveWaitingListUp(manager, sessionId)));
    }

    return moved;
  }
}
