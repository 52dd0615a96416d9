import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';

import {
  type Administrator,
  type AppServer,
  startAppServer,
} from './app-server';
import { launchBrowser } from './browser';
import {
  expectCleanPage,
  fillListing,
  fromEarlierStep,
  loadUntilVisible,
  searchKatoomba,
} from './listing-steps';
import {
  closePerson,
  createOrganisation,
  DESKTOP,
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

// With TEST_DATABASE_URL the database keeps earlier runs, so every name that
// a step searches for carries this run's suffix.
const SUFFIX = uniqueSuffix();
const TITLE = `Katoomba bushwalk map-making ${SUFFIX}`;
const COUNCIL_NAME = `Blue Mountains Council ${SUFFIX}`;
const PROVIDER_NAME = `Escarpment Youth Club ${SUFFIX}`;
const TIME_ZONE = 'Australia/Sydney';
const SDG_NAME = 'Goal 15: Life on Land';
const SKILL_NAME = 'Collaboration';
const ADMINISTRATOR: Administrator = {
  email: `admin-${SUFFIX}@example.org`,
  name: `Avery Admin ${SUFFIX}`,
  birthYear: new Date().getFullYear() - 30,
  password: PASSWORD,
};

/** A square around Katoomba, in GeoJSON's [longitude, latitude] order. */
const KATOOMBA_AREA = {
  type: 'Feature',
  properties: { name: 'Around Katoomba' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [149.8, -34.2],
        [150.8, -34.2],
        [150.8, -33.2],
        [149.8, -33.2],
        [149.8, -34.2],
      ],
    ],
  },
};

let app: AppServer;
let browser: Browser;
let scratchDir: string;
let council: Person | undefined;
let administrator: Person | undefined;
let councilVerified = false;
let provider: Person | undefined;
let providerId: string | undefined;
let published = false;
const learners: Person[] = [];

beforeAll(async () => {
  scratchDir = mkdtempSync(path.join(tmpdir(), 'learnscape-flow-'));
  app = await startAppServer({ administrator: ADMINISTRATOR });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const person of [council, administrator, provider, ...learners]) {
    await closePerson(person);
  }
  await browser?.close();
  await app?.stop();
  rmSync(scratchDir, { recursive: true, force: true });
});

describe('listing flow', () => {
  test('council member sets the council area', async () => {
    council = await openPerson(browser, app.origin, {
      name: `Casey Council ${SUFFIX}`,
      email: `council-${SUFFIX}@example.org`,
    });
    const { page } = council;
    await signUp(council, app.origin);
    await verifyEmail(council, app.origin, app.outboxDir);
    await createOrganisation(page, app.origin, {
      name: COUNCIL_NAME,
      kind: 'council',
    });
    // A new council waits for an administrator before it may moderate.
    await page.getByText(`${COUNCIL_NAME} is awaiting verification.`).waitFor();

    await page.getByRole('tab', { name: 'Settings' }).click();
    const areaFile = path.join(scratchDir, 'katoomba-area.geojson');
    writeFileSync(areaFile, JSON.stringify(KATOOMBA_AREA));
    await page.getByLabel('GeoJSON file').setInputFiles(areaFile);

    await page
      .getByRole('status')
      .filter({ hasText: 'The area from katoomba-area.geojson was saved.' })
      .waitFor();
    await page.getByText('The map shows the current area.').waitFor();
    const areaMap = page.getByRole('region', {
      name: 'Map of the council area',
    });
    expect(await areaMap.locator('path.leaflet-interactive').count()).toBe(1);
    expectCleanPage(council);
  });

  test('administrator verifies the council', async () => {
    fromEarlierStep(council, 'council member sets the council area');
    administrator = await openPerson(browser, app.origin, ADMINISTRATOR);
    const { page } = administrator;
    await signIn(administrator, app.origin, ADMINISTRATOR.password);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin', exact: true })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Organisations awaiting verification',
      })
      .waitFor();
    expect(await page.title()).toBe(
      'Organisations awaiting verification – Learnscape',
    );
    const list = page.getByRole('list', {
      name: 'Councils awaiting verification',
    });
    const item = list.getByRole('listitem', { name: COUNCIL_NAME });
    await loadUntilVisible(page, item);
    const areaMap = item.getByRole('img', { name: `Area of ${COUNCIL_NAME}` });
    await areaMap.locator('path').first().waitFor();

    await item.getByRole('button', { name: `Verify ${COUNCIL_NAME}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${COUNCIL_NAME} is verified.` })
      .waitFor();
    expect(await item.count()).toBe(0);
    councilVerified = true;
    expectCleanPage(administrator);
  });

  test('provider submits a listing', async () => {
    provider = await openPerson(browser, app.origin, {
      name: `Parker Provider ${SUFFIX}`,
      email: `provider-${SUFFIX}@example.org`,
    });
    const { page } = provider;
    await signUp(provider, app.origin);
    await verifyEmail(provider, app.origin, app.outboxDir);
    providerId = await createOrganisation(page, app.origin, {
      name: PROVIDER_NAME,
      kind: 'provider',
    });

    await page.getByRole('link', { name: 'New listing' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'New listing' })
      .waitFor();
    await fillListing(page, app.origin, {
      title: TITLE,
      timeZone: TIME_ZONE,
      sdgName: SDG_NAME,
      skillName: SKILL_NAME,
    });
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Draft created.' })
      .waitFor();
    expect(idInPath(page.url(), 'opportunities')).not.toBe('');
    await page.getByRole('button', { name: 'Submit for publishing' }).click();
    // The provider has no council's approval yet, so the listing waits.
    await page
      .getByRole('status')
      .filter({
        hasText: "Submitted. The listing waits for a moderator's approval.",
      })
      .waitFor();
    await page.getByText('Status: Waiting for approval').waitFor();
    expectCleanPage(provider);
  });

  test('council member approves the listing', async () => {
    const person = fromEarlierStep(council, 'council member sets the area');
    const { page } = person;
    fromEarlierStep(councilVerified, 'administrator verifies the council');
    fromEarlierStep(providerId, 'provider submits a listing');

    await page.getByRole('link', { name: 'Moderation' }).click();
    await page
      .getByRole('heading', { name: `Waiting for review in ${COUNCIL_NAME}` })
      .waitFor();
    const list = page.getByRole('list', {
      name: 'Listings waiting for review',
    });
    const item = list.getByRole('button').filter({ hasText: TITLE });
    await loadUntilVisible(page, item);
    expect(await item.textContent()).toContain(`By ${PROVIDER_NAME}`);

    await item.click();
    const map = page.getByRole('region', {
      name: 'Map of listings waiting for review',
    });
    // Selecting a listing reveals its marker, spreading out a cluster of
    // listings at one venue, such as those left pending by earlier runs.
    const marker = map.getByRole('button', { name: TITLE });
    await marker.waitFor();
    expect(await marker.getAttribute('class')).toContain(
      'map-marker--selected',
    );
    const detail = page.getByRole('article', { name: TITLE });
    await detail
      .getByRole('checkbox', {
        name: `Also approve ${PROVIDER_NAME} for our area`,
      })
      .check();
    await detail.getByRole('button', { name: 'Approve' }).click();

    await page
      .getByRole('status')
      .filter({
        hasText: `“${TITLE}” was approved and published, and ${PROVIDER_NAME} is now approved for your area.`,
      })
      .waitFor();
    expect(await item.count()).toBe(0);
    published = true;
    expectCleanPage(person);
  });

  test.each([
    { name: 'desktop', viewport: DESKTOP },
    { name: 'phone', viewport: PHONE },
  ])('learner registers at $name width', async ({ name, viewport }) => {
    fromEarlierStep(published, 'council member approves the listing');
    const learner = await openPerson(
      browser,
      app.origin,
      {
        name: `Lee Learner ${name} ${SUFFIX}`,
        email: `learner-${name}-${SUFFIX}@example.org`,
      },
      viewport,
    );
    learners.push(learner);
    const { page } = learner;
    await signUp(learner, app.origin);

    await page.goto(app.origin);
    await searchKatoomba(page);
    await page
      .getByRole('status')
      .filter({ hasText: /opportunit(y|ies) found near Katoomba/ })
      .waitFor();
    // The goal filter leaves fewer cards between the listing and the top.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: SDG_NAME }).check();
    await page.waitForURL(/[?&]sdg=15/);
    const list = page.getByRole('list', { name: 'Opportunities' });
    const card = list.getByRole('button', { name: TITLE });
    await loadUntilVisible(page, card);

    await card.click();
    const dialog = page.getByRole('dialog', { name: TITLE });
    const register = dialog.getByRole('region', { name: 'Register' });
    // Each earlier learner of this run took one of the 10 places.
    const placesBefore = 10 - (learners.length - 1);
    await register.getByText(`${placesBefore} places left`).waitFor();
    await register
      .getByRole('button', { name: 'Register', exact: true })
      .click();

    await register
      .getByRole('status')
      .filter({ hasText: 'You are registered' })
      .waitFor();
    await register.getByRole('button', { name: 'Withdraw' }).waitFor();
    await register.getByText(`${placesBefore - 1} places left`).waitFor();
    if (name === 'desktop') {
      await page
        .getByRole('region', { name: 'Map of opportunities' })
        .getByRole('button', { name: TITLE })
        .waitFor();
    }
    expectCleanPage(learner);
  });

  test('provider marks attendance', async () => {
    const person = fromEarlierStep(provider, 'provider submits a listing');
    const learner = fromEarlierStep(learners[0], 'learner registers');
    const { page } = person;

    await page.goto(`${app.origin}/organisations/${providerId}`);
    const row = page
      .getByRole('list', { name: 'Listings' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE }) });
    await row.getByText('Published').waitFor();
    await row.getByRole('link', { name: 'Registrations' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Registrations for ${TITLE}` })
      .waitFor();
    const sessionId = idInPath(page.url(), 'sessions');

    const csvLink = page.getByRole('link', { name: 'Download CSV' });
    const csvPath = `/api/sessions/${sessionId}/registrations.csv`;
    expect(await csvLink.getAttribute('href')).toBe(csvPath);
    const table = page.getByRole('table', { name: 'Learners' });
    for (const registered of learners) {
      await table.getByRole('rowheader', { name: registered.name }).waitFor();
    }

    const attendance = page.getByRole('group', {
      name: `Attendance of ${learner.name}`,
    });
    const attended = attendance.getByRole('button', { name: 'Attended' });
    await attended.waitFor();
    if (await attended.isDisabled()) {
      const hint = await page.locator('.hint').allTextContents();
      throw new Error(
        `Attended is disabled about 30 minutes before the session starts, although the API accepts attendance from an hour before. The page says: ${hint.join(' ')}`,
      );
    }
    await attended.click();
    await page
      .getByRole('status')
      .filter({ hasText: `${learner.name} marked attended` })
      .waitFor({ state: 'attached' });
    expect(await attended.getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await attended.waitFor();
    expect(await attended.getAttribute('aria-pressed')).toBe('true');
    expect(
      await attendance
        .getByRole('button', { name: 'Absent' })
        .getAttribute('aria-pressed'),
    ).toBe('false');

    const csv = await page.request.get(`${app.origin}${csvPath}`);
    expect(csv.status()).toBe(200);
    const [header = '', ...lines] = (await csv.text()).trim().split(/\r?\n/);
    const attendanceColumn = header.split(',').indexOf('attendance');
    const learnerLine = lines.find((line) => line.includes(learner.email));
    expect(attendanceColumn).toBeGreaterThan(-1);
    expect(learnerLine?.split(',')[attendanceColumn]).toMatch(/^attended$/i);
    expectCleanPage(person);
  });
});
