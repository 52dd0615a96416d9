import { createHash } from 'node:crypto';

// A fixed namespace so that the same name always gives the same id.
const LEARNSCAPE_NAMESPACE = Buffer.from(
  '6c1f0b2e4d8a4f5e9b3c7a1d2e5f8091',
  'hex',
);

/**
 * Derives a name-based UUID (version 5, SHA-1, RFC 9562 section 5.5) from
 * `name`, so that seeded rows keep the same ids on every run and rows from
 * different seeds never share one.
 */
export function deterministicUuid(name: string): string {
  const hash = createHash('sha1')
    .update(LEARNSCAPE_NAMESPACE)
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');

  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}
