import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import { ConflictError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { attendanceOpensAt } from './attendance-window.js';
import type {
  MarkAllAttendanceInput,
  MarkAttendanceInput,
} from './dto/registration.inputs.js';
import type { RegistrationModel } from './dto/registration.model.js';
import { RegistrationsRepository } from './registrations.repository.js';
import {
  MARK_ATTENDANCE,
  requireUuid,
  SessionAccess,
} from './session-access.service.js';

/**
 * Attendance at sessions from an hour before they start, marked by the provider's
 * owners and awarders (and administrators), with an audit entry for each
 * change.
 */
@Injectable()
export class AttendanceService {
  private readonly logger = new Logger(AttendanceService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RegistrationsRepository,
    private readonly access: SessionAccess,
    private readonly audit: AuditService,
  ) {}

  async mark(
    viewer: Viewer,
    input: MarkAttendanceInput,
  ): Promise<RegistrationModel> {
    const id = requireUuid(input.registrationId, 'input.registrationId');
    const registration = await this.access.requireRegistration(
      viewer,
      id,
      MARK_ATTENDANCE,
    );
    requireCheckInOpen(registration.session.startsAt);
    await this.dataSource.transaction(async (manager) => {
      const [changed] = await this.repository.setAttendance(
        manager,
        { registrationId: id },
        input.attendance,
        viewer.userId,
      );
      // The status is checked in the UPDATE itself, so a withdrawal that
      // commits in between cannot be marked.
      if (changed === undefined) {
        throw new ConflictError(
          `Registration ${id} is ${registration.status}; attendance is marked only for registered learners.`,
          'input.registrationId',
        );
      }
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: registration.providerId,
          subjectType: 'registration',
          subjectId: id,
          action: 'attendance.mark',
          changes: {
            attendance: { from: changed.previous, to: input.attendance },
          },
        },
        manager,
      );
    });

    return (await this.repository.findById(id))!;
  }

  /** Marks every registered learner of the session; returns how many. */
  async markAll(
    viewer: Viewer,
    input: MarkAllAttendanceInput,
  ): Promise<number> {
    const sessionId = requireUuid(input.sessionId, 'input.sessionId');
    const session = await this.access.requireSession(
      viewer,
      sessionId,
      MARK_ATTENDANCE,
    );
    requireCheckInOpen(session.startsAt);
    const changed = await this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.setAttendance(
        manager,
        { sessionId },
        input.attendance,
        viewer.userId,
      );
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: session.providerId,
          subjectType: 'session',
          subjectId: sessionId,
          action: 'attendance.mark_all',
          changes: {
            attendance: { to: input.attendance },
            registrationIds: rows.map((row) => row.id),
          },
        },
        manager,
      );

      return rows.length;
    });
    this.logger.log(
      `User ${viewer.userId} marked ${changed} registrations at ${sessionId} ${input.attendance}`,
    );

    return changed;
  }
}

/**
 * Attendance records what happened, so it opens only at check-in time,
 * an hour before the session starts.
 */
function requireCheckInOpen(startsAt: Date): void {
  const opensAt = attendanceOpensAt(startsAt);
  if (opensAt.getTime() > Date.now()) {
    throw new ConflictError(
      `The session starts at ${startsAt.toISOString()}; attendance can be marked from ${opensAt.toISOString()}, an hour before it starts.`,
    );
  }
}
