import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

import {
  type Administrator,
  type AppServer,
  startAppServer,
} from './app-server';
import { launchBrowser } from './browser';
import { expectCleanPage, fillListing, fromEarlierStep } from './listing-steps';
import {
  closePerson,
  createOrganisation,
  idInPath,
  openPerson,
  PASSWORD,
  type Person,
  PHONE,
  signIn,
  signUp,
  uniqueSuffix,
  verifyEmail,
} from './people';
import {
  approveListing,
  dayFromNow,
  expectFitsPhone,
  expectNoSidewaysScroll,
  type NeedDetails,
  postSkillNeed,
  uploadCouncilArea,
  verifyFromAdminPage,
} from './skill-gap-steps';

// With TEST_DATABASE_URL the database keeps earlier runs, so every name that
// a step searches for carries this run's suffix.
const SUFFIX = uniqueSuffix();
const COUNCIL_NAME = `Orange City Council ${SUFFIX}`;
const EMPLOYER_NAME = `Canobolas Orchards ${SUFFIX}`;
const PROVIDER_NAME = `Orange Youth Money Club ${SUFFIX}`;
const TITLE = `Budgeting for your first job ${SUFFIX}`;
const SKILL_NAME = 'Financial literacy';
const GAP_DISTANCE_KM = 10;
const NEED: NeedDetails = {
  title: `Trainee bookkeeper ${SUFFIX}`,
  placeName: 'Orange',
  radiusKm: 10,
  skillName: SKILL_NAME,
  openings: 3,
  closesOn: dayFromNow(30),
  applyUrl: 'https://orchards.example.org/jobs/trainee-bookkeeper',
};
const GAPS_TABLE = `Skills with no opportunity within ${GAP_DISTANCE_KM} km of the need`;
const NO_SKILL_GAPS = `No gaps: every skill employers ask for in this area is built by a published opportunity within ${GAP_DISTANCE_KM} km of the need.`;
const ADMINISTRATOR: Administrator = {
  email: `admin-${SUFFIX}@example.org`,
  name: `Avery Admin ${SUFFIX}`,
  birthYear: new Date().getFullYear() - 30,
  password: PASSWORD,
};

/**
 * A square around Orange NSW, in GeoJSON's [longitude, latitude] order. The
 * demo data has no opportunity near Orange, while it has many around
 * Katoomba, so no learning here builds the skill until this test lists it.
 */
const ORANGE_AREA = {
  type: 'Feature',
  properties: { name: 'Around Orange' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [148.9, -33.5],
        [149.3, -33.5],
        [149.3, -33.1],
        [148.9, -33.1],
        [148.9, -33.5],
      ],
    ],
  },
};

let app: AppServer;
let browser: Browser;
let scratchDir: string;
let council: Person | undefined;
let councilId: string | undefined;
let administrator: Person | undefined;
let employer: Person | undefined;
let employerId: string | undefined;
let councilVerified = false;
let employerVerified = false;
let needUrl: string | undefined;
let gapSeen = false;
let provider: Person | undefined;
let submitted = false;
let published = false;

beforeAll(async () => {
  scratchDir = mkdtempSync(path.join(tmpdir(), 'learnscape-skill-gap-'));
  app = await startAppServer({ administrator: ADMINISTRATOR });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const person of [council, administrator, employer, provider]) {
    await closePerson(person);
  }
  await browser?.close();
  await app?.stop();
  rmSync(scratchDir, { recursive: true, force: true });
});

/** Opens the council's insights from its dashboard. */
async function openInsights(page: Page) {
  await page.goto(
    `${app.origin}/organisations/${fromEarlierStep(councilId, 'council member sets the council area')}`,
  );
  await page
    .getByRole('link', {
      name: 'Insights: activity, map and gaps in the council area',
    })
    .click();
  await page
    .getByRole('heading', { level: 1, name: `Insights for ${COUNCIL_NAME}` })
    .waitFor();
}

describe('skill gap flow', () => {
  test('council member sets the council area', async () => {
    council = await openPerson(browser, app.origin, {
      name: `Casey Council ${SUFFIX}`,
      email: `council-${SUFFIX}@example.org`,
    });
    const { page } = council;
    await signUp(council, app.origin);
    await verifyEmail(council, app.origin, app.outboxDir);
    councilId = await createOrganisation(page, app.origin, {
      name: COUNCIL_NAME,
      kind: 'council',
    });

    const areaFile = path.join(scratchDir, 'orange-area.geojson');
    writeFileSync(areaFile, JSON.stringify(ORANGE_AREA));
    await uploadCouncilArea(page, areaFile);
    expectCleanPage(council);
  });

  test('employer creates an employer organisation', async () => {
    employer = await openPerson(
      browser,
      app.origin,
      {
        name: `Emery Employer ${SUFFIX}`,
        email: `employer-${SUFFIX}@example.org`,
      },
      PHONE,
    );
    await signUp(employer, app.origin);
    await verifyEmail(employer, app.origin, app.outboxDir);
    employerId = await createOrganisation(employer.page, app.origin, {
      name: EMPLOYER_NAME,
      kind: 'employer',
    });
    expectCleanPage(employer);
  });

  test('administrator verifies the council and employer', async () => {
    fromEarlierStep(councilId, 'council member sets the council area');
    fromEarlierStep(employerId, 'employer creates an employer organisation');
    administrator = await openPerson(browser, app.origin, ADMINISTRATOR);
    const { page } = administrator;
    await signIn(administrator, app.origin, ADMINISTRATOR.password);

    await verifyFromAdminPage(
      page,
      'Councils awaiting verification',
      COUNCIL_NAME,
    );
    councilVerified = true;
    // Employers post skill needs only once an administrator verifies them.
    await verifyFromAdminPage(
      page,
      'Employers awaiting verification',
      EMPLOYER_NAME,
    );
    employerVerified = true;
    expectCleanPage(administrator);
  });

  test('employer posts a skill need at Orange', async () => {
    const person = fromEarlierStep(employer, 'employer creates an employer');
    fromEarlierStep(employerVerified, 'administrator verifies the employer');
    const { page } = person;

    await page.goto(`${app.origin}/organisations/${employerId}`);
    await page.getByRole('link', { name: 'Skill needs', exact: true }).click();
    await page.getByRole('link', { name: 'Post a skill need' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Post a skill need' })
      .waitFor();
    await expectNoSidewaysScroll(page);
    await postSkillNeed(page, NEED);

    await page
      .getByRole('status')
      .filter({ hasText: `Saved “${NEED.title}”.` })
      .waitFor();
    expect(idInPath(page.url(), 'needs')).not.toBe('');
    needUrl = page.url();
    await page.getByText(`Within ${NEED.radiusKm} km of Orange.`).waitFor();
    const facts = page.locator('dl.need-facts');
    expect(await facts.textContent()).toContain(EMPLOYER_NAME);
    expect(await facts.textContent()).toContain(SKILL_NAME);
    // No published learning near Orange builds the skill yet.
    const matches = page.getByRole('region', {
      name: 'Learning nearby that builds these skills',
    });
    await matches
      .getByText(
        'No published opportunity or pathway within the radius builds these skills yet.',
      )
      .waitFor();
    await expectNoSidewaysScroll(page);
    expectCleanPage(person);
  });

  test('council member sees the skill gap', async () => {
    const person = fromEarlierStep(council, 'council member sets the area');
    fromEarlierStep(councilVerified, 'administrator verifies the council');
    const url = fromEarlierStep(needUrl, 'employer posts a skill need');
    const { page } = person;

    await openInsights(page);
    const table = page
      .getByRole('region', { name: GAPS_TABLE })
      .getByRole('table', { name: GAPS_TABLE });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: SKILL_NAME }) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    // Needs, openings, then the needs with no opportunity nearby.
    expect(cells.slice(0, 2)).toEqual(['1', String(NEED.openings)]);
    const needLink = row.getByRole('link', {
      name: `${NEED.title} (${EMPLOYER_NAME})`,
    });
    expect(await needLink.getAttribute('href')).toBe(new URL(url).pathname);
    await expectFitsPhone(page, () => row.waitFor());

    await needLink.click();
    await page.getByRole('heading', { level: 1, name: NEED.title }).waitFor();
    expect(page.url()).toBe(url);
    gapSeen = true;
    expectCleanPage(person);
  });

  test('provider submits a listing at Orange', async () => {
    fromEarlierStep(gapSeen, 'council member sees the skill gap');
    provider = await openPerson(browser, app.origin, {
      name: `Parker Provider ${SUFFIX}`,
      email: `provider-${SUFFIX}@example.org`,
    });
    const { page } = provider;
    await signUp(provider, app.origin);
    await verifyEmail(provider, app.origin, app.outboxDir);
    await createOrganisation(page, app.origin, {
      name: PROVIDER_NAME,
      kind: 'provider',
    });

    await page.getByRole('link', { name: 'New listing' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'New listing' })
      .waitFor();
    await fillListing(
      page,
      app.origin,
      {
        title: TITLE,
        timeZone: 'Australia/Sydney',
        sdgName: 'Goal 8: Decent Work and Economic Growth',
        skillName: SKILL_NAME,
      },
      {
        placeName: 'Orange',
        venueName: 'Orange City Library',
        address: '147 Byng Street, Orange',
      },
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Draft created.' })
      .waitFor();
    await page.getByRole('button', { name: 'Submit for publishing' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: "Submitted. The listing waits for a moderator's approval.",
      })
      .waitFor();
    submitted = true;
    expectCleanPage(provider);
  });

  test('council member approves the listing', async () => {
    const person = fromEarlierStep(council, 'council member sets the area');
    fromEarlierStep(submitted, 'provider submits a listing at Orange');

    await approveListing(person.page, {
      title: TITLE,
      providerName: PROVIDER_NAME,
      councilName: COUNCIL_NAME,
    });
    published = true;
    expectCleanPage(person);
  });

  test('skill gap closes and the need lists the match', async () => {
    const person = fromEarlierStep(council, 'council member sets the area');
    const owner = fromEarlierStep(employer, 'employer creates an employer');
    const url = fromEarlierStep(needUrl, 'employer posts a skill need');
    fromEarlierStep(published, 'council member approves the listing');
    const { page } = person;

    await openInsights(page);
    await page.getByText(NO_SKILL_GAPS).waitFor();
    expect(await page.getByRole('region', { name: GAPS_TABLE }).count()).toBe(
      0,
    );
    expectCleanPage(person);

    await owner.page.goto(url);
    const matches = owner.page.getByRole('region', {
      name: 'Learning nearby that builds these skills',
    });
    const match = matches
      .getByRole('listitem')
      .filter({ has: owner.page.getByRole('link', { name: TITLE }) });
    await match.waitFor();
    expect(await match.textContent()).toContain(`by ${PROVIDER_NAME}`);
    expect(await match.textContent()).toContain(`Covers: ${SKILL_NAME}`);
    expect(
      await match.getByRole('link', { name: TITLE }).getAttribute('href'),
    ).toMatch(/^\/opportunities\/[\w-]+$/);
    await expectNoSidewaysScroll(owner.page);
    expectCleanPage(owner);
  });
});
