import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { SignJWT } from 'jose';

import type {
  Ed25519SigningKey,
  P256SigningKey,
} from '../issuers/issuers.service.js';
import type { DocumentLoader } from './jsonld/document-loader.js';

/**
 * Adds a Data Integrity proof (`eddsa-rdfc-2022`, proof purpose
 * `assertionMethod`). Canonicalisation runs in safe mode, so a term that
 * no context defines raises an error instead of being dropped.
 */
export async function signDataIntegrity(
  credential: Record<string, unknown>,
  key: Ed25519SigningKey,
  documentLoader: DocumentLoader,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({
    signer: key.keyPair.signer(),
    cryptosuite: eddsaRdfc2022,
  });

  return vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader,
  });
}

function seconds(date: string): number {
  return Math.floor(new Date(date).getTime() / 1000);
}

/**
 * Encodes the credential as a VC-JWT signed with ES256. The registered
 * claims repeat the credential's own fields, as Open Badges 3.0 requires:
 * `iss` the issuer id, `jti` the credential id, `sub` the subject id,
 * `nbf` `validFrom` and `exp` `validUntil`.
 */
export async function signJwt(
  credential: Record<string, unknown>,
  key: P256SigningKey,
): Promise<string> {
  const issuer = credential.issuer as { id: string };
  const subject = credential.credentialSubject as { id: string };
  const jwt = new SignJWT(credential)
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: key.kid })
    .setIssuer(issuer.id)
    .setJti(credential.id as string)
    .setSubject(subject.id)
    .setNotBefore(seconds(credential.validFrom as string))
    .setIssuedAt();
  if (typeof credential.validUntil === 'string') {
    jwt.setExpirationTime(seconds(credential.validUntil));
  }

  return jwt.sign(key.privateKey);
}
