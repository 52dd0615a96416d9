import { randomUUID } from 'node:crypto';

import {
  addMember,
  createOrganisation,
  createUser,
} from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
} from './support/authorisation/credential-cases.js';
import { awardBadge, storedFile } from './support/awards.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearCredentials(api.dataSource);
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

describe('GET /api/account/export', () => {
  it('lists the badges of the account and of its verified address', async () => {
    const providerId = await createOrganisation(api.dataSource, 'provider', {
      name: 'Wentworth Falls Landcare',
    });
    const owner = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, owner.id, 'owner');
    const achievementId = await insertAchievement(api.dataSource, providerId, {
      name: 'Seed Saver',
    });
    const email = `export-${randomUUID().slice(0, 8)}@example.org`;
    const fileId = await storedFile(api.dataSource, providerId, 'evidence');
    const awarded = await awardBadge(api, owner, {
      achievementId,
      email,
      narrative: 'Saved seeds of six species.',
      evidence: [
        { fileId, name: 'Seed list' },
        { url: 'https://example.org/seeds', narrative: 'Photos' },
      ],
    });
    const otherBadge = await awardBadge(api, owner, {
      achievementId,
      email: `someone-${randomUUID().slice(0, 8)}@example.org`,
    });
    const learner = await createUser(api.dataSource, { email });

    const response = await fetch(`${api.baseUrl}/api/account/export`, {
      headers: { cookie: learner.cookie },
    });
    const body = await response.json();

    expect(response.status).toBe(200);
    const credential = awarded.data!.awardBadge;
    expect(body.credentials).toEqual([
      {
        id: credential.id,
        badgeName: 'Seed Saver',
        issuer: { id: providerId, name: 'Wentworth Falls Landcare' },
        issuedAt: expect.any(String),
        validUntil: null,
        status: 'active',
        shared: false,
        narrative: 'Saved seeds of six species.',
        evidence: [
          {
            name: 'Seed list',
            narrative: null,
            url: `${PUBLIC_URL}/api/files/${fileId}`,
          },
          {
            name: null,
            narrative: 'Photos',
            url: 'https://example.org/seeds',
          },
        ],
        document: JSON.parse(credential.json),
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(otherBadge.data!.awardBadge.id);
  });
});
