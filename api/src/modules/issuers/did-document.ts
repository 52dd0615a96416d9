import { verificationMethodId } from './issuer-did.js';
import { KeyAlgorithm } from './issuer-key.entity.js';
import type { IssuerKeyRow } from './issuer-keys.repository.js';

export const DID_CONTEXT_V1 = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT_V1 = 'https://w3id.org/security/multikey/v1';
export const JWK_CONTEXT_V1 = 'https://w3id.org/security/jwk/v1';

type PublicKey = Pick<
  IssuerKeyRow,
  'id' | 'algorithm' | 'publicJwk' | 'publicKeyMultibase'
>;

/**
 * A key as a verification method: Ed25519 keys as `Multikey`, because the
 * eddsa-rdfc-2022 cryptosuite reads `publicKeyMultibase`, and P-256 keys
 * as `JsonWebKey`, because VC-JWT verifiers read `publicKeyJwk`.
 */
export function verificationMethodOf(
  did: string,
  key: PublicKey,
): Record<string, unknown> {
  const method = {
    id: verificationMethodId(did, key.id),
    controller: did,
  };
  if (key.algorithm === KeyAlgorithm.ED25519) {
    return {
      ...method,
      type: 'Multikey',
      publicKeyMultibase: key.publicKeyMultibase,
    };
  }
  const { kty, crv, x, y } = key.publicJwk;

  return { ...method, type: 'JsonWebKey', publicKeyJwk: { kty, crv, x, y } };
}

/** The same method as a standalone JSON-LD document, for a document loader. */
export function verificationMethodDocument(
  did: string,
  key: PublicKey,
): Record<string, unknown> {
  const context =
    key.algorithm === KeyAlgorithm.ED25519
      ? MULTIKEY_CONTEXT_V1
      : JWK_CONTEXT_V1;

  return { '@context': context, ...verificationMethodOf(did, key) };
}

/**
 * The issuer's DID document. Every key, current or retired, is listed for
 * `assertionMethod`, so that credentials signed before a rotation verify.
 */
export function buildDidDocument(
  did: string,
  keys: readonly PublicKey[],
): Record<string, unknown> {
  const methods = keys.map((key) => verificationMethodOf(did, key));

  return {
    '@context': [DID_CONTEXT_V1, MULTIKEY_CONTEXT_V1, JWK_CONTEXT_V1],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}
