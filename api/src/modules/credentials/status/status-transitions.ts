import { ConflictError } from '../../../common/errors/domain-error.js';
import { CredentialStatus } from '../credential.entity.js';

/**
 * Checks a status change: revoked is final, suspension only applies to an
 * active credential, and only a suspended one can be reinstated.
 */
export function checkTransition(
  from: CredentialStatus,
  to: CredentialStatus,
): void {
  if (from === CredentialStatus.REVOKED) {
    throw new ConflictError(
      'This credential is revoked; revocation is final, so its status cannot change.',
    );
  }
  if (to === CredentialStatus.SUSPENDED && from !== CredentialStatus.ACTIVE) {
    throw new ConflictError(
      `This credential is ${from}; only an active credential can be suspended.`,
    );
  }
  if (to === CredentialStatus.ACTIVE && from !== CredentialStatus.SUSPENDED) {
    throw new ConflictError(
      `This credential is ${from}; only a suspended credential can be reinstated.`,
    );
  }
}
