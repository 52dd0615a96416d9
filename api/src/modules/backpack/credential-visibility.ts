import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import type { CredentialObject } from '../awards/dto/credential.type.js';
import type { BackpackRepository } from './backpack.repository.js';

type Holder = Pick<
  CredentialObject,
  'organisationId' | 'recipientUserId' | 'recipientEmail'
>;

/**
 * Checks whether the viewer is the recipient or a member of the issuer, batched
 * per request so that a list of credentials makes two queries in all.
 */
export async function mayManageOrHold(
  viewer: Viewer | null,
  credential: Holder,
  loaders: RequestContext['loaders'],
  repository: BackpackRepository,
): Promise<boolean> {
  if (viewer === null) return false;
  if (viewer.isAdmin || credential.recipientUserId === viewer.userId) {
    return true;
  }
  if (credential.recipientEmail !== null) {
    const addresses = await loaders.load(
      'verifiedAddressesByUserId',
      (ids: readonly string[]) => repository.findVerifiedAddresses(ids),
      viewer.userId,
      [],
    );
    if (addresses.includes(credential.recipientEmail)) return true;
  }
  const role = await loaders.load(
    `organisationRoleOf:${viewer.userId}`,
    (ids: readonly string[]) => repository.findRolesOfUser(viewer.userId, ids),
    credential.organisationId,
    null,
  );

  return role !== null;
}
