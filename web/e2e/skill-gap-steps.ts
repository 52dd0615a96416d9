import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';

import { loadUntilVisible, searchPlace } from './listing-steps';
import { PHONE } from './people';

/** A skill need as the employer types it into the form. */
export interface NeedDetails {
  title: string;
  placeName: string;
  radiusKm: number;
  skillName: string;
  openings: number;
  /** The last day to apply, as YYYY-MM-DD. */
  closesOn: string;
  applyUrl: string;
}

/** Checks that the page never scrolls sideways at its width. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Narrows the page to phone width, checks that it never scrolls sideways
 * once `ready` resolves, and restores the width it had.
 */
export async function expectFitsPhone(page: Page, ready: () => Promise<void>) {
  const width = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    await ready();
    await expectNoSidewaysScroll(page);
  } finally {
    if (width !== null) await page.setViewportSize(width);
  }
}

/** Returns the date `days` days from now in UTC, as YYYY-MM-DD. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Uploads a GeoJSON file as the council's area on its Settings tab. */
export async function uploadCouncilArea(page: Page, file: string) {
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('GeoJSON file').setInputFiles(file);

  const fileName = file.split('/').pop() ?? file;
  await page
    .getByRole('status')
    .filter({ hasText: `The area from ${fileName} was saved.` })
    .waitFor();
}

/**
 * Verifies an organisation from the administrators' page, in the list of
 * its kind, such as "Employers awaiting verification".
 */
export async function verifyFromAdminPage(
  page: Page,
  listName: string,
  organisationName: string,
) {
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
  const item = page
    .getByRole('list', { name: listName })
    .getByRole('listitem', { name: organisationName });
  await loadUntilVisible(page, item);

  await item
    .getByRole('button', { name: `Verify ${organisationName}` })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: `${organisationName} is verified.` })
    .waitFor();
  expect(await item.count()).toBe(0);
}

/** Fills and posts the skill need form that `page` shows. */
export async function postSkillNeed(page: Page, need: NeedDetails) {
  await page.getByLabel('Title', { exact: true }).fill(need.title);
  await page
    .getByLabel('Description', { exact: true })
    .fill('Keep the books of a family orchard: invoices, wages and the GST.');
  await page
    .getByRole('checkbox', { name: need.skillName, exact: true })
    .check();
  await searchPlace(page, need.placeName);
  await page.getByLabel('Radius', { exact: true }).selectOption({
    label: `${need.radiusKm} km`,
  });
  await page
    .getByRole('status')
    .filter({
      hasText: `${need.placeName}, with learning within ${need.radiusKm} km counted as local.`,
    })
    .waitFor();
  await page
    .getByLabel('Openings', { exact: true })
    .fill(String(need.openings));
  await page.getByLabel('Closing date', { exact: true }).fill(need.closesOn);
  await page.getByLabel('Apply link', { exact: true }).fill(need.applyUrl);

  await page.getByRole('button', { name: 'Post the skill need' }).click();
  await page.getByRole('heading', { level: 1, name: need.title }).waitFor();
}

/**
 * Approves a waiting listing from the council's moderation page, with its
 * provider for the council's area.
 */
export async function approveListing(
  page: Page,
  listing: { title: string; providerName: string; councilName: string },
) {
  const { title, providerName, councilName } = listing;
  await page.getByRole('link', { name: 'Moderation' }).click();
  await page
    .getByRole('heading', { name: `Waiting for review in ${councilName}` })
    .waitFor();
  const item = page
    .getByRole('list', { name: 'Listings waiting for review' })
    .getByRole('button')
    .filter({ hasText: title });
  await loadUntilVisible(page, item);

  await item.click();
  const detail = page.getByRole('article', { name: title });
  await detail
    .getByRole('checkbox', {
      name: `Also approve ${providerName} for our area`,
    })
    .check();
  await detail.getByRole('button', { name: 'Approve' }).click();
  await page
    .getByRole('status')
    .filter({
      hasText: `“${title}” was approved and published, and ${providerName} is now approved for your area.`,
    })
    .waitFor();
  expect(await item.count()).toBe(0);
}
