import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CredentialType } from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { createOrganisation, createUser } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Learnscape</title>
  </head>
  <body><div id="root"></div></body>
</html>`;
const HOSTILE_NAME = `"><script>alert('name')</script> & $& Co`;
const HOSTILE_DESCRIPTION = `Fixes </title><img src=x onerror=alert(1)> bikes`;
const PRIVATE_NAME = 'Secret Scholarship Badge';

interface BadgeFixture {
  achievementName: string;
  description: string;
  issuerName: string;
  shared: boolean;
}

/**
 * Inserts an achievement and issues a signed badge for it with the app's
 * CredentialIssuer. A shared badge is shared by its recipient through the
 * `shareCredential` mutation.
 */
async function issueBadge(
  api: TestApp,
  fixture: BadgeFixture,
): Promise<{ credentialId: string; achievementId: string; cookie: string }> {
  const organisationId = await createOrganisation(api.dataSource, 'provider', {
    name: fixture.issuerName,
  });
  const recipient = await createUser(api.dataSource, {
    name: 'Rory Recipient',
  });
  const [achievement]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO achievements (organisation_id, name, description,
       criteria_narrative, achievement_type)
     VALUES ($1, $2, $3, 'Repair a bike.', 'Badge') RETURNING id`,
    [organisationId, fixture.achievementName, fixture.description],
  );
  const credential = await api.dataSource.transaction((manager) =>
    api.app.get(CredentialIssuer).issue(manager, {
      type: CredentialType.OPEN_BADGE,
      organisationId,
      issuedById: null,
      achievementId: achievement!.id,
      recipient: { userId: recipient.id, email: recipient.email },
    }),
  );
  if (fixture.shared) {
    const response = await api.graphql(
      `mutation Share($input: ShareCredentialInput!) {
        shareCredential(input: $input) { id shared }
      }`,
      { input: { credentialId: credential.id, shared: true } },
      { cookie: recipient.cookie },
    );
    expect(response.errors).toBeUndefined();
  }

  return {
    credentialId: credential.id,
    achievementId: achievement!.id,
    cookie: recipient.cookie,
  };
}

/** Issues an endorsement of a new achievement and marks it shared. */
async function issueSharedEndorsement(api: TestApp, achievementName: string) {
  const endorserId = await createOrganisation(api.dataSource, 'council');
  const providerId = await createOrganisation(api.dataSource, 'provider');
  const [achievement]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO achievements (organisation_id, name, description,
       criteria_narrative, achievement_type)
     VALUES ($1, $2, 'Endorsed.', 'Repair a bike.', 'Badge') RETURNING id`,
    [providerId, achievementName],
  );
  const endorsement = await api.dataSource.transaction((manager) =>
    api.app.get(CredentialIssuer).issue(manager, {
      type: CredentialType.ENDORSEMENT,
      organisationId: endorserId,
      issuedById: null,
      achievementId: achievement!.id,
      endorsementComment: 'A rigorous badge.',
    }),
  );
  // Endorsements are public documents without a recipient to share them;
  // the flag is set here only to prove that the page ignores their type.
  await api.dataSource.query(
    'UPDATE credentials SET shared_at = now() WHERE id = $1',
    [endorsement.id],
  );

  return endorsement.id;
}

/** Returns the `content` of the meta tag with this property or name. */
function metaContent(html: string, key: string): string | undefined {
  const pattern = new RegExp(
    `<meta (?:property|name)="${key}" content="([^"]*)" />`,
  );

  return pattern.exec(html)?.[1];
}

async function getPage(api: TestApp, pathname: string) {
  const response = await fetch(`${api.baseUrl}${pathname}`, {
    headers: { accept: 'text/html' },
  });

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describe('badge page link previews', () => {
  let api: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = await mkdtemp(path.join(tmpdir(), 'learnscape-web-'));
    await writeFile(path.join(webDist, 'index.html'), PAGE);
    api = await startTestApp({ WEB_DIST_DIR: webDist, PUBLIC_URL });
  });

  afterAll(async () => {
    await api.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('describes a shared badge', async () => {
    const badge = await issueBadge(api, {
      achievementName: 'Bike Mechanic',
      description: 'Services a bike from brakes to gears.',
      issuerName: 'Katoomba Bike Club',
      shared: true,
    });

    const page = await getPage(api, `/badges/${badge.credentialId}`);

    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/html');
    expect(page.body).toContain('<title>Bike Mechanic – Learnscape</title>');
    expect(page.body).not.toContain('<title>Learnscape</title>');
    expect(metaContent(page.body, 'og:title')).toBe(
      'Bike Mechanic – Learnscape',
    );
    expect(metaContent(page.body, 'og:description')).toBe(
      'Issued by Katoomba Bike Club. Services a bike from brakes to gears.',
    );
    expect(metaContent(page.body, 'og:image')).toBe(
      `${PUBLIC_URL}/api/achievements/${badge.achievementId}/image`,
    );
    expect(metaContent(page.body, 'og:url')).toBe(
      `${PUBLIC_URL}/badges/${badge.credentialId}`,
    );
    expect(metaContent(page.body, 'og:type')).toBe('website');
    expect(metaContent(page.body, 'twitter:card')).toBe('summary_large_image');
    expect(page.body).toContain('<div id="root"></div>');
  });

  it('escapes a hostile badge name', async () => {
    const badge = await issueBadge(api, {
      achievementName: HOSTILE_NAME,
      description: HOSTILE_DESCRIPTION,
      issuerName: `Club <b>"Bold"</b>`,
      shared: true,
    });

    const page = await getPage(api, `/badges/${badge.credentialId}`);

    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>');
    expect(page.body).not.toContain('<img');
    expect(page.body).not.toContain('"><script');
    expect(page.body).not.toContain('<b>');
    expect(page.body).toContain(
      '<title>&quot;&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; $&amp; Co – Learnscape</title>',
    );
    expect(metaContent(page.body, 'og:title')).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; $&amp; Co – Learnscape',
    );
    expect(metaContent(page.body, 'og:description')).toContain(
      'Fixes &lt;/title&gt;&lt;img src=x onerror=alert(1)&gt; bikes',
    );
    // Exactly one title element: the hostile one did not close it early.
    expect(page.body.match(/<title>/g)).toHaveLength(1);
    expect(page.body.match(/<\/title>/g)).toHaveLength(1);
  });

  it('leaks nothing of an unshared badge', async () => {
    const badge = await issueBadge(api, {
      achievementName: PRIVATE_NAME,
      description: 'Awarded privately.',
      issuerName: 'Private Trust',
      shared: false,
    });

    const unshared = await getPage(api, `/badges/${badge.credentialId}`);
    const missing = await getPage(api, `/badges/${randomUUID()}`);

    expect(unshared.status).toBe(200);
    expect(unshared.body).not.toContain(PRIVATE_NAME);
    expect(unshared.body).not.toContain('Private Trust');
    expect(unshared.body).not.toContain(badge.achievementId);
    expect(unshared.body).not.toContain(badge.credentialId);
    expect(metaContent(unshared.body, 'og:image')).toBeUndefined();
    expect(metaContent(unshared.body, 'og:url')).toBeUndefined();
    expect(metaContent(unshared.body, 'twitter:card')).toBe('summary');
    // A stranger cannot tell an unshared badge from a missing one.
    expect(unshared.body).toBe(missing.body);
  });

  it('stops describing a badge once unshared', async () => {
    const badge = await issueBadge(api, {
      achievementName: 'Withdrawn Share',
      description: 'Shared, then made private again.',
      issuerName: 'Changeable Club',
      shared: true,
    });
    const response = await api.graphql(
      `mutation Unshare($input: ShareCredentialInput!) {
        shareCredential(input: $input) { id shared }
      }`,
      { input: { credentialId: badge.credentialId, shared: false } },
      { cookie: badge.cookie },
    );
    expect(response.errors).toBeUndefined();

    const page = await getPage(api, `/badges/${badge.credentialId}`);

    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Withdrawn Share');
    expect(page.body).toContain('<title>Badge – Learnscape</title>');
  });

  it('gives endorsements no badge preview', async () => {
    const endorsementId = await issueSharedEndorsement(api, 'Endorsed Design');

    const page = await getPage(api, `/badges/${endorsementId}`);

    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Endorsed Design');
  });

  it('serves generic tags for an id that is not a UUID', async () => {
    const page = await getPage(api, `/badges/${encodeURIComponent("1'--")}`);

    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Badge – Learnscape</title>');
    expect(page.body).not.toContain("1'--");
  });

  it('leaves other pages to the web app', async () => {
    const page = await getPage(api, '/badges');

    expect(page.status).toBe(200);
    expect(page.body).toBe(PAGE);
  });
});

describe('badge page without a built web app', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers 404', async () => {
    const badge = await issueBadge(api, {
      achievementName: 'Unserved Badge',
      description: 'No web app to show it.',
      issuerName: 'Headless Club',
      shared: true,
    });

    const page = await getPage(api, `/badges/${badge.credentialId}`);

    expect(page.status).toBe(404);
    expect(page.body).not.toContain('Unserved Badge');
  });
});
