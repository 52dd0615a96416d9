import { buildAlignments } from './alignments.js';
import { buildProfile, statusEntries } from './credential-documents.js';
import { emailIdentity, hashEmail } from './recipient-identity.js';

describe('hashEmail', () => {
  it('hashes the address followed by the salt', () => {
    // printf 'a@example.orgsalt' | sha256sum
    expect(hashEmail('a@example.org', 'salt')).toBe(
      'sha256$c59bfc828b5238f80d9ec89ec66326e082efe92c9fdb77f947530b0557b3b17b',
    );
  });
});

describe('emailIdentity', () => {
  it('salts each identity differently', () => {
    const first = emailIdentity('a@example.org');
    const second = emailIdentity('a@example.org');

    expect(first.salt).not.toBe(second.salt);
    expect(first.identityHash).not.toBe(second.identityHash);
    expect(first).toEqual({
      type: 'IdentityObject',
      identityHash: hashEmail('a@example.org', first.salt),
      identityType: 'emailAddress',
      hashed: true,
      salt: first.salt,
    });
  });
});

describe('buildAlignments', () => {
  it('aligns SDG targets to their goal page', () => {
    const [goal, target] = buildAlignments(
      {
        sdgs: [{ number: 13, shortTitle: 'Climate action' }],
        sdgTargets: ['13.b'],
        skills: [],
        escoSkillUris: [],
      },
      'https://example.org',
    );

    expect(goal).toEqual({
      type: ['Alignment'],
      targetName: 'Goal 13: Climate action',
      targetUrl: 'https://sdgs.un.org/goals/goal13',
      targetFramework: 'UN Sustainable Development Goals',
      targetCode: '13',
    });
    expect(target!.targetCode).toBe('13.b');
    expect(target!.targetUrl).toBe('https://sdgs.un.org/goals/goal13');
  });

  it('gives ESCO skills no targetType', () => {
    const [esco] = buildAlignments(
      {
        sdgs: [],
        sdgTargets: [],
        skills: [],
        escoSkillUris: ['http://data.europa.eu/esco/skill/abc'],
      },
      'https://example.org',
    );

    expect(esco).toEqual({
      type: ['Alignment'],
      targetName: 'ESCO skill abc',
      targetUrl: 'http://data.europa.eu/esco/skill/abc',
      targetFramework: 'ESCO',
      targetCode: 'abc',
    });
  });
});

describe('buildProfile', () => {
  it.each([
    ['https://makers.example.org', { url: 'https://makers.example.org' }],
    ['makers.example.org', {}],
    [null, {}],
  ])('includes website %s only as an absolute URL', (website, extra) => {
    expect(buildProfile('did:web:x', 'Makers', website)).toEqual({
      id: 'did:web:x',
      type: ['Profile'],
      name: 'Makers',
      ...extra,
    });
  });
});

describe('statusEntries', () => {
  it('gives both purposes the same index', () => {
    const list = 'https://example.org/api/status-lists/l1';

    expect(statusEntries('https://example.org', 'l1', 7)).toEqual([
      {
        id: `${list}/revocation#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: `${list}/revocation`,
      },
      {
        id: `${list}/suspension#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'suspension',
        statusListIndex: '7',
        statusListCredential: `${list}/suspension`,
      },
    ]);
  });
});
