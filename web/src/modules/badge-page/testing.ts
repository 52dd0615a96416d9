import type { FakeReply } from '@test/fake-api';

import type { BadgeCredential } from './badge-types';

/** Builds a shared badge as a signed-out visitor gets it, with `overrides` applied. */
export function badgeFixture(
  overrides: Partial<BadgeCredential> = {},
): BadgeCredential {
  return {
    id: 'cred-1',
    issuedAt: '2026-03-05T02:00:00.000Z',
    validUntil: '2028-03-05T02:00:00.000Z',
    expired: false,
    status: 'ACTIVE',
    statusReason: null,
    statusChangedAt: null,
    shared: true,
    narrative: 'Rebuilt a **three-speed** hub.',
    recipientName: null,
    recipientEmail: null,
    json: '{"id":"urn:uuid:cred-1"}',
    publicUrl: 'http://localhost:3000/badges/cred-1',
    downloadUrls: {
      json: '/api/credentials/cred-1/credential.json',
      jwt: '/api/credentials/cred-1/credential.jwt',
      png: '/api/credentials/cred-1/badge.png',
      svg: '/api/credentials/cred-1/badge.svg',
    },
    achievement: {
      id: 'ach-1',
      name: 'Bike Mechanic',
      description: 'Services a bike from brakes to gears.',
      criteriaNarrative: 'Fix **two** bikes under supervision.',
      achievementType: 'Badge',
      imageUrl: 'http://localhost:3000/api/achievements/ach-1/image',
      sdgs: [
        { number: 11, shortTitle: 'Sustainable cities', colour: '#FD9D24' },
      ],
      sdgTargets: ['11.2'],
      skills: [
        { id: 'collaboration', name: 'Collaboration', position: 10 },
        { id: 'persistence', name: 'Persistence/grit', position: 13 },
      ],
      escoSkillUris: ['http://data.europa.eu/esco/skill/abc'],
    },
    issuer: {
      id: 'org-1',
      name: 'Katoomba Bike Club',
      website: 'https://bikes.example.org',
      issuerId: 'did:web:localhost%3A3000:issuers:org-1',
    },
    evidence: [
      {
        id: 'ev-1',
        name: 'workshop.jpg',
        narrative: 'Truing a wheel.',
        url: 'http://localhost:3000/api/files/file-1',
        contentType: 'image/jpeg',
      },
      {
        id: 'ev-2',
        name: 'Repair log',
        narrative: null,
        url: 'https://bikes.example.org/log',
        contentType: null,
      },
    ],
    endorsements: [
      {
        id: 'end-1',
        comment: 'A rigorous badge.',
        issuedAt: '2026-02-01T12:00:00.000Z',
        status: 'ACTIVE',
        endorser: {
          id: 'org-2',
          name: 'Blue Mountains Council',
          website: null,
        },
      },
      {
        id: 'end-2',
        comment: 'Withdrawn praise.',
        issuedAt: '2026-01-01T12:00:00.000Z',
        status: 'REVOKED',
        endorser: { id: 'org-3', name: 'Old Endorser', website: null },
      },
    ],
    ...overrides,
  };
}

const CHECKS = [
  'FORMAT',
  'STRUCTURE',
  'PROOF',
  'ISSUER_KEY',
  'STATUS',
  'VALID_FROM',
  'VALID_UNTIL',
] as const;

/** Builds a verification result in which `failing` checks fail and the rest pass. */
export function verificationFixture(
  failing: readonly string[] = [],
  overrides: Record<string, unknown> = {},
) {
  return {
    verified: failing.length === 0,
    format: 'JSON_LD',
    credentialId: 'urn:uuid:cred-1',
    name: 'Bike Mechanic',
    issuerId: 'did:web:localhost%3A3000:issuers:org-1',
    issuerName: 'Katoomba Bike Club',
    achievementName: 'Bike Mechanic',
    validFrom: '2026-03-05T02:00:00.000Z',
    validUntil: null,
    checks: CHECKS.map((check) => ({
      check,
      outcome: failing.includes(check) ? 'FAILED' : 'PASSED',
      message: failing.includes(check)
        ? `${check} check found a problem.`
        : `${check} is fine.`,
    })),
    endorsements: [],
    ...overrides,
  };
}

/** Builds a `VerifyCredential` reply that contains `result`. */
export function verifyReply(result: object): FakeReply {
  return { body: { data: { verifyCredential: result } } };
}
