/**
 * The `did:web` of an organisation under the site's public URL. The
 * did:web method maps `did:web:<host>[%3A<port>]:<path...>` to
 * `https://<host>[:<port>]/<path...>/did.json`, so the DID names the path
 * where the app serves the document: `<PUBLIC_URL>/issuers/<id>/did.json`.
 */
export function issuerDid(publicUrl: string, organisationId: string): string {
  const url = new URL(publicUrl);
  // The port's colon is percent-encoded because colons separate segments.
  const host = url.port === '' ? url.hostname : `${url.hostname}%3A${url.port}`;
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)));

  return ['did', 'web', host, ...segments, 'issuers', organisationId].join(':');
}

/** The URL of the DID document that `issuerDid` names. */
export function didDocumentUrl(
  publicUrl: string,
  organisationId: string,
): string {
  return `${publicUrl}/issuers/${organisationId}/did.json`;
}

/** A key's verification method id within its issuer's DID document. */
export function verificationMethodId(did: string, keyId: string): string {
  return `${did}#key-${keyId}`;
}

const VERIFICATION_METHOD = /^(did:web:[^#]+)#key-([0-9a-f-]{36})$/;

/** Splits `<did>#key-<id>` into the DID and the key id, or returns null. */
export function parseVerificationMethodId(
  id: string,
): { did: string; keyId: string } | null {
  const match = VERIFICATION_METHOD.exec(id);

  return match === null ? null : { did: match[1]!, keyId: match[2]! };
}
