import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import {
  ALL_ROLES,
  AWARDING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import type { OrganisationRole } from '../organisations/organisation-member.entity.js';
import type { RegistrationModel } from './dto/registration.model.js';
import {
  RegistrationsRepository,
  type SessionFacts,
} from './registrations.repository.js';

/** Roles that may act on a session's registrations, and the denial message. */
export interface ProviderPermission {
  roles: readonly OrganisationRole[];
  /** The rest of the sentence "Only ...": who may act, and on what. */
  denial: string;
}

/** Owners, editors and awarders see who registered. */
export const SEE_REGISTRATIONS: ProviderPermission = {
  roles: ALL_ROLES,
  denial:
    'owners, editors and awarders of the organisation that runs a session may see its registrations',
};

/** Editors list opportunities but do not record what happened at them. */
export const MARK_ATTENDANCE: ProviderPermission = {
  roles: AWARDING_ROLES,
  denial:
    'owners and awarders of the organisation that runs a session may mark attendance',
};

/** Raises BAD_USER_INPUT unless `value` is a UUID, which SQL casts to uuid. */
export function requireUuid(value: string, field: string): string {
  if (!UUID_PATTERN.test(value)) {
    throw new BadUserInputError(
      `${field} "${value.slice(0, 80)}" is not a valid id; pass an id from the API.`,
      field,
    );
  }

  return value;
}

/**
 * Checks a provider's rights over a session or one of its registrations.
 * An unknown id raises the same FORBIDDEN error as a session of another
 * organisation, so that outsiders cannot probe which ids exist.
 * Administrators may see everything, so they get NOT_FOUND instead.
 */
@Injectable()
export class SessionAccess {
  constructor(
    private readonly repository: RegistrationsRepository,
    private readonly organisations: OrganisationAccess,
  ) {}

  async requireSession(
    viewer: Viewer,
    sessionId: string,
    permission: ProviderPermission,
  ): Promise<SessionFacts> {
    const session = await this.repository.findSession(sessionId);
    if (session === null) {
      throw this.unknown(viewer, `Session ${sessionId} not found.`, permission);
    }
    await this.requireRole(viewer, session.providerId, permission);

    return session;
  }

  async requireRegistration(
    viewer: Viewer,
    registrationId: string,
    permission: ProviderPermission,
  ): Promise<RegistrationModel> {
    const registration = await this.repository.findById(registrationId);
    if (registration === null) {
      throw this.unknown(
        viewer,
        `Registration ${registrationId} not found.`,
        permission,
      );
    }
    await this.requireRole(viewer, registration.providerId, permission);

    return registration;
  }

  private async requireRole(
    viewer: Viewer,
    organisationId: string,
    permission: ProviderPermission,
  ): Promise<void> {
    if (viewer.isAdmin) return;
    const role = await this.organisations.roleOf(viewer.userId, organisationId);
    if (role === null || !permission.roles.includes(role)) {
      throw forbidden(permission);
    }
  }

  private unknown(
    viewer: Viewer,
    notFound: string,
    permission: ProviderPermission,
  ): Error {
    return viewer.isAdmin ? new NotFoundError(notFound) : forbidden(permission);
  }
}

function forbidden(permission: ProviderPermission): ForbiddenError {
  return new ForbiddenError(`Only ${permission.denial}.`);
}
