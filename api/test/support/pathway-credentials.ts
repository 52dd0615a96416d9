import type { TestUser } from './accounts.js';
import { buildPeerBadge, type PeerIssuer } from './peer-issuer.js';
import type { TestApp } from './test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

const IMPORT_TEXT = `mutation ($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) { badge { id status issuerUri } }
}`;

export interface BadgeClaim {
  issuerName: string;
  achievementUri: string;
  achievementName: string;
  /** The recipient's e-mail address, written as a salted hash. */
  email: string;
}

/** Signs an OpenBadgeCredential for `claim` as `issuer`. */
export function signBadge(
  issuer: PeerIssuer,
  claim: BadgeClaim,
): Promise<Json> {
  return issuer.sign(
    buildPeerBadge({
      issuerId: issuer.did,
      issuerName: claim.issuerName,
      email: claim.email,
      achievement: {
        id: claim.achievementUri,
        name: claim.achievementName,
        description: `${claim.achievementName}, shown in practice.`,
        narrative: 'Finish the practical task.',
      },
    }),
  );
}

/**
 * Imports a signed credential into the learner's backpack through
 * `importBadgeText`, as a learner would, and returns the imported badge.
 */
export async function importSigned(
  api: TestApp,
  learner: TestUser,
  credential: Json,
): Promise<{ id: string; status: string; issuerUri: string | null }> {
  const response = await api.graphql<{
    importBadgeText: {
      badge: { id: string; status: string; issuerUri: string | null };
    };
  }>(
    IMPORT_TEXT,
    { input: { text: JSON.stringify(credential) } },
    { cookie: learner.cookie },
  );
  if (response.errors !== undefined) {
    throw new Error(`importBadgeText failed: ${response.errors[0]!.message}`);
  }

  return response.data!.importBadgeText.badge;
}
