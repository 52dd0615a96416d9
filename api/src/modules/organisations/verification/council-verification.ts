import {
  ForbiddenError,
  ForbiddenReason,
} from '../../../common/errors/domain-error.js';

/**
 * Builds the FORBIDDEN error for a member of an unverified council who tries
 * to review listings or approve providers through it.
 */
export function awaitingVerificationError(councilName: string): ForbiddenError {
  return new ForbiddenError(
    `${councilName} is awaiting verification by the platform administrators, so it cannot review listings or approve providers yet. Its owners can set its area meanwhile, and the administrators review that area when they verify the council.`,
    ForbiddenReason.OrganisationNotVerified,
  );
}
