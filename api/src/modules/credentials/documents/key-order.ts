/** The order in which credentials list their top-level properties. */
const CREDENTIAL_KEY_ORDER = [
  '@context',
  'id',
  'type',
  'name',
  'description',
  'issuer',
  'validFrom',
  'validUntil',
  'credentialSubject',
  'evidence',
  'credentialStatus',
  'proof',
];

/**
 * Returns the credential with `@context`, `id` and `type` first, as the
 * specifications' examples write them. PostgreSQL `jsonb` stores object
 * keys sorted by length, so a document read back from the database needs
 * this before it is shown or downloaded. Order does not affect the proof.
 */
export function inCredentialKeyOrder(
  document: Record<string, unknown>,
): Record<string, unknown> {
  const rank = (key: string) => {
    const index = CREDENTIAL_KEY_ORDER.indexOf(key);

    return index === -1 ? CREDENTIAL_KEY_ORDER.length : index;
  };
  const keys = Object.keys(document).sort((a, b) => rank(a) - rank(b));

  return Object.fromEntries(keys.map((key) => [key, document[key]]));
}
