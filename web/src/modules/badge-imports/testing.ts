import type { FakeReply } from '@test/fake-api';

import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';

/** Builds a valid imported badge for tests, with `overrides` applied. */
export function importedBadgeFixture(
  overrides: Partial<ImportedBadgeFieldsFragment> = {},
): ImportedBadgeFieldsFragment {
  return {
    id: 'imp-1',
    source: 'JSON',
    sourceUrl: null,
    specVersion: 'OB3',
    credentialUri: 'urn:uuid:5d1f2f0e-9c7b-4d0b-8f5e-1a2b3c4d5e6f',
    name: 'River Safety',
    description: 'Completed a river safety course on the Nepean.',
    issuerName: 'Penrith Paddlers',
    issuerUri: 'https://paddlers.example.org/issuer',
    issuedAt: '2026-02-10T00:00:00.000Z',
    expiresAt: null,
    imageUrl: 'http://localhost:3000/api/imported-badges/imp-1/image',
    status: 'VALID',
    failureReason: null,
    checks: [
      { check: 'FORMAT', outcome: 'PASSED', message: 'Open Badges 3.0 JSON.' },
      { check: 'PROOF', outcome: 'PASSED', message: 'The proof is valid.' },
      {
        check: 'RECIPIENT',
        outcome: 'PASSED',
        message: 'The badge was issued to alex@example.org.',
      },
    ],
    verifiedAt: '2026-03-01T09:30:00.000Z',
    importedAt: '2026-03-01T09:30:00.000Z',
    shared: false,
    ...overrides,
  };
}

/** Builds an imported badge whose recipient is not one of the learner's addresses. */
export function unverifiableBadgeFixture(): ImportedBadgeFieldsFragment {
  return importedBadgeFixture({
    status: 'UNVERIFIABLE',
    failureReason:
      'The badge was issued to sam@example.org; verify that address in your account to import it.',
    checks: [
      { check: 'FORMAT', outcome: 'PASSED', message: 'Open Badges 3.0 JSON.' },
      { check: 'PROOF', outcome: 'PASSED', message: 'The proof is valid.' },
      {
        check: 'RECIPIENT',
        outcome: 'FAILED',
        message: 'sam@example.org is not a verified address of this account.',
      },
    ],
  });
}

/** Builds a GraphQL reply for `importBadgeText` or `importBadgeUrl`. */
export function importReply(
  field: 'importBadgeText' | 'importBadgeUrl',
  badge: ImportedBadgeFieldsFragment,
  created = true,
): FakeReply {
  return { body: { data: { [field]: { created, badge } } } };
}
