import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

import { type AppServer, startAppServer } from './app-server';
import { launchBrowser } from './browser';
import { writeExternalBadgePng } from './external-badge';
import { expectCleanPage, fromEarlierStep } from './listing-steps';
import {
  createBadgeDesign,
  createClaimCode,
  publishPathway,
} from './pathway-steps';
import {
  closePerson,
  createOrganisation,
  openPerson,
  type Person,
  PHONE,
  signUp,
  uniqueSuffix,
  verifyEmail,
} from './people';

const SUFFIX = uniqueSuffix();
const PROVIDER_NAME = `Megalong Valley Landcare ${SUFFIX}`;
const EXTERNAL_BADGE = `First Aid Basics ${SUFFIX}`;
const LOCAL_BADGE = `Bushcare Basics ${SUFFIX}`;
const GOAL_BADGE = `Bushcare Ranger ${SUFFIX}`;
const PATHWAY_TITLE = `Become a bushcare ranger ${SUFFIX}`;
const COLLECTION_NAME = `Outdoor skills ${SUFFIX}`;
const EXTERNAL_ACHIEVEMENT_ID = `https://first-aid.example.org/achievements/${SUFFIX}`;
const LEARNER = {
  name: `Rowan Learner ${SUFFIX}`,
  email: `learner-${SUFFIX}@example.org`,
};

let app: AppServer;
let browser: Browser;
let scratchDir: string;
/** Screenshots for people to review; kept after the run. */
let screenshotDir: string;
let provider: Person | undefined;
let learner: Person | undefined;
let visitor: Person | undefined;
let pathwayId: string | undefined;
let claimUrl: string | undefined;
let shareUrl: string | undefined;
let imported = false;
/** The baked badge from another platform, and its issuer's id. */
let badgeFile: string;
let externalIssuerId: string;

beforeAll(async () => {
  scratchDir = mkdtempSync(path.join(tmpdir(), 'learnscape-pathway-'));
  screenshotDir =
    process.env.PATHWAY_SCREENSHOT_DIR ??
    mkdtempSync(path.join(tmpdir(), 'learnscape-pathway-screens-'));
  mkdirSync(screenshotDir, { recursive: true });
  badgeFile = path.join(scratchDir, 'first-aid-basics.png');
  externalIssuerId = await writeExternalBadgePng(
    {
      achievementId: EXTERNAL_ACHIEVEMENT_ID,
      achievementName: EXTERNAL_BADGE,
      issuerName: 'Mountains First Aid Academy',
      recipientEmail: LEARNER.email,
    },
    badgeFile,
  );
  app = await startAppServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const person of [provider, learner, visitor]) await closePerson(person);
  await browser?.close();
  await app?.stop();
  rmSync(scratchDir, { recursive: true, force: true });
  console.log(`Pathway flow screenshots are in ${screenshotDir}`);
});

async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: path.join(screenshotDir, `${name}.png`),
    fullPage: true,
  });
}

/** Checks that the page never scrolls sideways at its width. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('pathway flow', () => {
  test('provider publishes a pathway', async () => {
    provider = await openPerson(browser, app.origin, {
      name: `Piper Provider ${SUFFIX}`,
      email: `provider-${SUFFIX}@example.org`,
    });
    await signUp(provider, app.origin);
    await verifyEmail(provider, app.origin, app.outboxDir);
    const organisationId = await createOrganisation(provider.page, app.origin, {
      name: PROVIDER_NAME,
      kind: 'provider',
    });
    const local = await createBadgeDesign(
      provider.page,
      app.origin,
      organisationId,
      LOCAL_BADGE,
    );
    const goal = await createBadgeDesign(
      provider.page,
      app.origin,
      organisationId,
      GOAL_BADGE,
    );

    pathwayId = await publishPathway(provider.page, app.origin, {
      organisationId,
      title: PATHWAY_TITLE,
      goalAchievementId: goal,
      external: {
        achievementUri: EXTERNAL_ACHIEVEMENT_ID,
        issuerUri: externalIssuerId,
        name: EXTERNAL_BADGE,
      },
      localAchievementId: local,
    });
    claimUrl = await createClaimCode(provider.page, app.origin, local);
    expect(new URL(claimUrl).origin).toBe(app.origin);
  });

  test('learner imports a baked badge file', async () => {
    learner = await openPerson(browser, app.origin, LEARNER, PHONE);
    await signUp(learner, app.origin);
    await verifyEmail(learner, app.origin, app.outboxDir);
    const { page } = learner;

    await page.goto(`${app.origin}/my/badges`);
    await page.getByRole('link', { name: 'Import a badge' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Import a badge' })
      .waitFor();
    await page.getByLabel('Badge image').setInputFiles(badgeFile);
    await page.getByRole('button', { name: 'Import and verify' }).click();

    const report = page.getByRole('region', { name: 'Verification report' });
    await report.getByText('Status: Valid').waitFor({ timeout: 60_000 });
    await expect(report.getByText(EXTERNAL_BADGE).first()).toBeTruthy();
    await screenshot(page, 'import-report-360');
    await expectNoSidewaysScroll(page);
    expectCleanPage(learner);
    imported = true;
  });

  test('learner adds it to a public collection', async () => {
    const person = fromEarlierStep(learner, 'learner imports a badge');
    fromEarlierStep(imported, 'learner imports a badge');
    const { page } = person;

    await page.goto(`${app.origin}/my/collections`);
    await page.getByLabel('Name').fill(COLLECTION_NAME);
    await page.getByRole('button', { name: 'Create collection' }).click();
    await page
      .getByRole('heading', { level: 1, name: COLLECTION_NAME })
      .waitFor();
    await page.getByRole('button', { name: `Add ${EXTERNAL_BADGE}` }).click();
    await page
      .getByRole('button', { name: `Move ${EXTERNAL_BADGE} up` })
      .waitFor({ state: 'attached' });
    // Making the collection public needs a confirmation, because it shares
    // its badges.
    await page.getByRole('button', { name: 'Make public' }).click();
    await page
      .getByRole('alertdialog', { name: 'Make this collection public?' })
      .getByRole('button', { name: 'Make public' })
      .click();
    const link = page.getByRole('link', { name: /\/collections\// });
    await link.waitFor();
    shareUrl = (await link.getAttribute('href')) ?? undefined;
    expect(shareUrl).toMatch(/\/collections\/[A-Za-z0-9_-]{22,}$/);
    await screenshot(page, 'collection-360');
    await expectNoSidewaysScroll(page);
    expectCleanPage(person);
  });

  test('visitor opens the share link signed out', async () => {
    const url = fromEarlierStep(shareUrl, 'learner adds a public collection');
    visitor = await openPerson(browser, app.origin, {
      name: `Visitor ${SUFFIX}`,
      email: `visitor-${SUFFIX}@example.org`,
    });
    const { page } = visitor;

    await page.goto(url);
    await page
      .getByRole('heading', { level: 1, name: COLLECTION_NAME })
      .waitFor();
    await page.getByText(EXTERNAL_BADGE).first().waitFor();
    await screenshot(page, 'public-collection-1280');
    expectCleanPage(visitor);
  });

  test('learner follows the pathway', async () => {
    const person = fromEarlierStep(learner, 'learner imports a badge');
    const { page } = person;
    const id = fromEarlierStep(pathwayId, 'provider publishes a pathway');

    await page.goto(`${app.origin}/pathways/${id}`);
    await page
      .getByRole('heading', { level: 1, name: PATHWAY_TITLE })
      .waitFor();
    await page.getByRole('button', { name: 'Follow' }).click();
    await page.getByText('You follow this pathway.').waitFor();
    await page.getByText('1 of 2 steps met').first().waitFor();
    await screenshot(page, 'pathway-progress-360');
    await expectNoSidewaysScroll(page);
    expectCleanPage(person);
  });

  test('learner earns the missing badge and the goal badge', async () => {
    const person = fromEarlierStep(learner, 'learner imports a badge');
    const { page } = person;
    const url = fromEarlierStep(claimUrl, 'provider publishes a pathway');

    await page.goto(url);
    await page.getByRole('button', { name: 'Claim badge' }).click();
    await page.getByText(`You claimed ${LOCAL_BADGE}`).waitFor();

    await page.goto(`${app.origin}/my/badges`);
    await page.getByText(GOAL_BADGE).first().waitFor();
    await page.goto(
      `${app.origin}/pathways/${fromEarlierStep(pathwayId, 'provider publishes a pathway')}`,
    );
    await page.getByText('You earned the goal badge.').waitFor();
    await page.getByText('Completed').first().waitFor();
    await screenshot(page, 'pathway-complete-360');
    expectCleanPage(person);
  });
});
