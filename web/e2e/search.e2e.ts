import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';

import { type AppServer, startAppServer } from './app-server';
import { launchBrowser, openPage } from './browser';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  app = await startAppServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Reads the announced result count; an empty result reads as 0. */
async function readCount(page: Page): Promise<number> {
  const text = (await page.locator('.results__status').textContent()) ?? '';
  const match = /^([\d,]+) opportunit/.exec(text);

  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

/**
 * Checks that the full-screen detail dialog is modal, so that Tab from its
 * last control and Shift+Tab from its first keep focus inside it.
 */
async function expectFocusKeptInDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  const controls = dialog.locator('a[href], button:not([disabled])');
  expect(await controls.count()).toBeGreaterThan(0);

  await controls.last().focus();
  await page.keyboard.press('Tab');
  expect(
    await dialog.evaluate((element) =>
      element.contains(document.activeElement),
    ),
  ).toBe(true);

  await controls.first().focus();
  await page.keyboard.press('Shift+Tab');
  expect(
    await dialog.evaluate((element) =>
      element.contains(document.activeElement),
    ),
  ).toBe(true);
}

async function waitForResults(page: Page) {
  await page
    .getByRole('status')
    .filter({
      hasText: /opportunit(y|ies) found near Katoomba|No opportunities match/,
    })
    .waitFor();
}

describe.each(VIEWPORTS)('search at $name width', ({ name, width, height }) => {
  test('finds, filters and opens opportunities', async () => {
    const { page, blocked, errors } = await openPage(browser, app.origin, {
      width,
      height,
    });
    await page.goto(app.origin);

    await page
      .getByRole('heading', { name: 'Find something to learn near you' })
      .waitFor();
    await page.getByRole('combobox', { name: 'Place' }).fill('Katoomba');
    await page
      .getByRole('option', { name: /^Katoomba/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForResults(page);

    const list = page.getByRole('list', { name: 'Opportunities' });
    const cards = list.getByRole('button');
    const before = await readCount(page);
    expect(before).toBeGreaterThan(0);
    expect(await cards.count()).toBeGreaterThan(0);
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(
      0,
    );
    expect(new URL(page.url()).searchParams.get('place')).not.toBeNull();

    await page.getByText('Filters', { exact: true }).click();
    await page
      .getByRole('checkbox', { name: 'Goal 13: Climate Action' })
      .check();
    await page.waitForFunction((previous) => {
      const text =
        document.querySelector('.results__status')?.textContent ?? '';
      const match = /^([\d,]+) opportunit/.exec(text);

      return (
        text.startsWith('No opportunities') ||
        (match !== null && Number(match[1]!.replace(/,/g, '')) !== previous)
      );
    }, before);
    const after = await readCount(page);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('sdg')).toBe('13');
    for (const card of await list
      .getByRole('listitem')
      .filter({ has: page.locator('.card__button') })
      .all()) {
      expect(await card.getByText('Goal 13: Climate Action').count()).toBe(1);
    }

    if (after > 0) {
      await cards.first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Sessions' }).waitFor();
      expect(await dialog.locator('dt', { hasText: 'Provider' }).count()).toBe(
        1,
      );
      expect(
        ((await dialog.locator('dd').first().textContent()) ?? '').trim(),
      ).not.toBe('');
      expect(
        await dialog.locator('.sessions li, .sessions + p').count(),
      ).toBeGreaterThan(0);
      await page
        .locator('.map-marker--selected')
        .waitFor({ state: 'attached' });
      if (name === 'phone') await expectFocusKeptInDialog(page);
      // Lets the cluster finish spreading out before the screenshot.
      await page.waitForFunction(
        () => document.querySelector('.leaflet-cluster-anim') === null,
      );

      const screenshot = path.join(tmpdir(), `learnscape-e2e-${name}.png`);
      await page.screenshot({ path: screenshot });
      console.info(`Screenshot: ${screenshot}`);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }

    expect(errors).toEqual([]);
    expect(blocked.filter((url) => !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

describe('layout at desktop width', () => {
  test('location error keeps the header height', async () => {
    const { page } = await openPage(browser, app.origin, {
      width: 1280,
      height: 800,
    });
    await page.goto(app.origin);
    const header = page.locator('.app-header');
    await page.getByRole('button', { name: 'Use my location' }).waitFor();
    const before = await header.boundingBox();

    // The page has no geolocation permission, so the request is denied.
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.getByRole('alert').filter({ hasText: 'denied' }).waitFor();
    const after = await header.boundingBox();

    expect(after?.height).toBe(before?.height);
    await page.close();
  });

  test('focus ring covers the whole card', async () => {
    const { page } = await openPage(browser, app.origin, {
      width: 1280,
      height: 800,
    });
    await page.goto(`${app.origin}/?place=2161776`);
    const card = page.locator('.card').first();
    await card.waitFor();

    await card.locator('.card__button').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await card.evaluate(
      (element) => getComputedStyle(element).outlineStyle,
    );

    expect(outline).toBe('solid');
    await page.close();
  });
});

describe('layout at phone width', () => {
  test('search error is in view', async () => {
    const viewport = { width: 390, height: 844 };
    const { page } = await openPage(browser, app.origin, viewport);
    // Fails the list and marker requests as a stopped server would, and lets
    // place and reference data requests through.
    await page.route(`${app.origin}/graphql`, (route) => {
      const body = route.request().postData() ?? '';
      const isSearch =
        body.includes('query Opportunities(') ||
        body.includes('query OpportunityMarkers(');

      return isSearch ? route.abort('connectionrefused') : route.fallback();
    });
    await page.goto(`${app.origin}/?place=2161776`);

    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Search results could not be loaded.' });
    await alert.waitFor();
    const box = await alert.boundingBox();

    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(
      1,
    );
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });
});
