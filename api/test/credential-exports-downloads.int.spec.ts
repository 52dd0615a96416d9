import { createRequire } from 'node:module';

import { unbakePng } from '../src/modules/credential-exports/baking/png-baking.js';
import { unbakeSvg } from '../src/modules/credential-exports/baking/svg-baking.js';
import {
  CredentialStatus,
  CredentialType,
} from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { CredentialStatusService } from '../src/modules/credentials/status/credential-status.service.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// pngjs (installed with qrcode) checks that the baked PNG still decodes.
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(png: Buffer): { width: number } } };
};

describe('credential downloads and Open Badges 2.0 documents', () => {
  let api: TestApp;
  let recipient: TestUser;
  let member: TestUser;
  let stranger: TestUser;
  let organisationId: string;
  let achievementId: string;

  async function issueBadge(): Promise<{
    id: string;
    document: Record<string, unknown>;
    jwt: string;
  }> {
    const row = await api.dataSource.transaction((manager) =>
      api.app.get(CredentialIssuer).issue(manager, {
        type: CredentialType.OPEN_BADGE,
        organisationId,
        issuedById: member.id,
        achievementId,
        recipient: { userId: null, email: recipient.email },
        narrative: 'Fixed three bikes at the Saturday workshop.',
        evidence: [
          {
            url: 'https://example.org/photos/bike.jpg',
            name: 'Photo of the bike',
          },
        ],
      }),
    );

    return { id: row.id, document: row.document, jwt: row.jwt };
  }

  function get(path: string, cookie?: string): Promise<Response> {
    return fetch(`${api.baseUrl}${path}`, {
      headers: cookie === undefined ? {} : { cookie },
    });
  }

  async function share(credentialId: string): Promise<void> {
    await api.dataSource.query(
      'UPDATE credentials SET shared_at = now() WHERE id = $1',
      [credentialId],
    );
  }

  beforeAll(async () => {
    api = await startTestApp();
    organisationId = await createOrganisation(api.dataSource, 'provider', {
      name: 'Katoomba Bike Co-op',
    });
    member = await createUser(api.dataSource);
    await addMember(api.dataSource, organisationId, member.id, 'awarder');
    recipient = await createUser(api.dataSource, {
      email: `rider-${Date.now()}@example.org`,
    });
    stranger = await createUser(api.dataSource);
    const [achievement]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO achievements (organisation_id, name, description, criteria_narrative, achievement_type, tags, sdg_targets)
       VALUES ($1, 'Bike Mechanic', 'Repairs bikes safely.', 'Repair three bikes.', 'Badge', '{cycling,repair}', '{11.2}') RETURNING id`,
      [organisationId],
    );
    achievementId = achievement!.id;
    await api.dataSource.query(
      'INSERT INTO achievement_sdgs (achievement_id, sdg_number) VALUES ($1, 11)',
      [achievementId],
    );
  });

  afterAll(async () => {
    await api.close();
  });

  it('hides an unshared credential from strangers', async () => {
    const credential = await issueBadge();
    for (const cookie of [undefined, stranger.cookie]) {
      const response = await get(
        `/api/credentials/${credential.id}/credential.json`,
        cookie,
      );
      expect(response.status).toBe(404);
      expect(
        (
          (await response.json()) as {
            errors: { extensions: { code: string } }[];
          }
        ).errors[0]!.extensions.code,
      ).toBe('NOT_FOUND');
    }
    expect(
      (await get('/api/credentials/not-a-uuid/credential.json')).status,
    ).toBe(404);
  });

  it('serves JSON and VC-JWT to the recipient and issuer', async () => {
    const credential = await issueBadge();
    const json = await get(
      `/api/credentials/${credential.id}/credential.json`,
      recipient.cookie,
    );
    const jwt = await get(
      `/api/credentials/${credential.id}/credential.jwt`,
      member.cookie,
    );

    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain(
      'application/vc+ld+json',
    );
    expect(json.headers.get('content-disposition')).toBe(
      `attachment; filename="badge-${credential.id}.json"`,
    );
    const downloaded = (await json.json()) as Record<string, unknown>;
    expect(downloaded).toEqual(credential.document);
    expect(Object.keys(downloaded).slice(0, 3)).toEqual([
      '@context',
      'id',
      'type',
    ]);
    expect(jwt.status).toBe(200);
    expect(jwt.headers.get('content-type')).toContain('application/jwt');
    expect(await jwt.text()).toBe(credential.jwt);
  });

  it('bakes PNG and SVG badges that verify', async () => {
    const credential = await issueBadge();
    await share(credential.id);
    const png = Buffer.from(
      await (
        await get(`/api/credentials/${credential.id}/badge.png`)
      ).arrayBuffer(),
    );
    const svgResponse = await get(
      `/api/credentials/${credential.id}/badge.svg`,
    );
    const svg = await svgResponse.text();

    expect(PNG.sync.read(png).width).toBe(256);
    expect(JSON.parse(unbakePng(png)!)).toEqual(credential.document);
    expect(svgResponse.headers.get('content-type')).toContain('image/svg+xml');
    expect(JSON.parse(unbakeSvg(svg)!.json!)).toEqual(credential.document);
    for (const [body, type] of [
      [new Blob([new Uint8Array(png)]), 'image/png'],
      [svg, 'image/svg+xml'],
    ] as const) {
      const verified = await fetch(`${api.baseUrl}/api/verify`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      const result = (await verified.json()) as {
        verified: boolean;
        checks: { outcome: string }[];
      };
      expect(
        result.checks.filter((check) => check.outcome === 'FAILED'),
      ).toEqual([]);
      expect(result.verified).toBe(true);
    }
  });

  it('hosts an OB 2.0 assertion once shared', async () => {
    const credential = await issueBadge();
    const id = `/ob2/assertions/${credential.id}`;

    expect((await get(id)).status).toBe(404);
    await share(credential.id);
    const response = await get(id);
    const assertion = (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hosted JSON-LD

    expect(response.status).toBe(200);
    expect(assertion['@context']).toBe('https://w3id.org/openbadges/v2');
    expect(assertion.type).toBe('Assertion');
    expect(assertion.id).toMatch(
      new RegExp(`/ob2/assertions/${credential.id}$`),
    );
    expect(assertion.recipient.type).toBe('email');
    expect(assertion.recipient.hashed).toBe(true);
    expect(assertion.recipient.identity).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(assertion.badge).toMatch(
      new RegExp(`/ob2/badges/${achievementId}$`),
    );
    expect(assertion.verification).toEqual({ type: 'hosted' });
    expect(assertion.evidence[0].id).toBe(
      'https://example.org/photos/bike.jpg',
    );
    expect(new Date(assertion.issuedOn).getTime()).not.toBeNaN();
  });

  it('answers 410 for a revoked assertion', async () => {
    const credential = await issueBadge();
    await share(credential.id);
    await api.app
      .get(CredentialStatusService)
      .changeStatus(
        credential.id,
        CredentialStatus.REVOKED,
        'Awarded to the wrong person.',
        member.id,
      );
    const response = await get(`/ob2/assertions/${credential.id}`);

    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({
      revoked: true,
      revocationReason: 'Awarded to the wrong person.',
    });
  });

  it('hosts the badge class and issuer', async () => {
    const badge = (await (
      await get(`/ob2/badges/${achievementId}`)
    ).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- hosted JSON-LD
    const issuer = (await (
      await get(`/ob2/issuers/${organisationId}`)
    ).json()) as Record<string, unknown>;

    expect(badge.type).toBe('BadgeClass');
    expect(badge.criteria).toEqual({ narrative: 'Repair three bikes.' });
    expect(badge.issuer).toMatch(new RegExp(`/ob2/issuers/${organisationId}$`));
    expect(badge.tags).toEqual(['cycling', 'repair']);
    expect(badge.alignment).toContainEqual(
      expect.objectContaining({
        targetUrl: 'https://sdgs.un.org/goals/goal11',
        targetCode: '11',
      }),
    );
    expect(badge.alignment).toContainEqual(
      expect.objectContaining({ targetCode: '11.2' }),
    );
    expect(issuer.type).toBe('Issuer');
    expect(issuer.name).toBe('Katoomba Bike Co-op');
    expect(issuer).not.toHaveProperty('email');
    expect(
      (await get('/ob2/issuers/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });
});
