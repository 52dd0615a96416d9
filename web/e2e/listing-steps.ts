import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';

import { type Person, wallTime } from './people';

/** Returns a value that an earlier step stores, or names the missing step. */
export function fromEarlierStep<T>(
  value: T | undefined | false,
  step: string,
): T {
  if (value === undefined || value === false) {
    throw new Error(`This step needs "${step}", which did not finish.`);
  }

  return value;
}

/** Checks that the page threw nothing and never left the app's origin. */
export function expectCleanPage(person: Person) {
  expect(person.errors).toEqual([]);
  expect(person.blocked.filter((url) => !url.startsWith('data:'))).toEqual([]);
}

/** Waits until an input's value differs from `previous` and returns it. */
export async function waitForValueChange(input: Locator, previous: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const value = await input.inputValue();
    if (value !== previous) return value;

    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(
    `Timed out after 10 s waiting for the input to change from ${previous}.`,
  );
}

/** Picks the first gazetteer match for `placeName` in a place combobox. */
export async function searchPlace(page: Page, placeName: string) {
  await page.getByRole('combobox', { name: 'Place' }).fill(placeName);
  await page
    .getByRole('option', { name: new RegExp(`^${placeName}`) })
    .first()
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Picks the first gazetteer match for Katoomba in a place combobox. */
export function searchKatoomba(page: Page) {
  return searchPlace(page, 'Katoomba');
}

/**
 * Clicks "Load more" until `item` appears, because a list shows one page at
 * first and demo data or earlier runs may fill it.
 */
export async function loadUntilVisible(page: Page, item: Locator) {
  for (let pages = 1; pages <= 20; pages += 1) {
    if ((await item.count()) > 0) return;

    const more = page.getByRole('button', { name: 'Load more' });
    if ((await more.count()) === 0) break;

    await more.click();
    await page
      .getByRole('button', { name: 'Loading more…' })
      .waitFor({ state: 'detached' });
  }
  await item.waitFor({ timeout: 5_000 });
}

/** Places the venue pin by searching `placeName`, then clicking beside it. */
export async function pickVenueOnMap(
  page: Page,
  origin: string,
  placeName = 'Katoomba',
) {
  const latitude = page.getByLabel('Latitude', { exact: true });
  const longitude = page.getByLabel('Longitude', { exact: true });
  const pinStatus = page
    .getByRole('status')
    .filter({ hasText: /^(No )?[Pp]in/ });
  expect(await pinStatus.textContent()).toContain('No pin placed yet.');

  await searchPlace(page, placeName);
  await pinStatus.filter({ hasText: `Nearest place: ${placeName}` }).waitFor();
  const placeLatitude = await latitude.inputValue();
  const placeLongitude = await longitude.inputValue();

  // Right of and above the centre, so the click misses the pin itself.
  const map = page.getByRole('region', { name: 'Map for placing the venue' });
  const box = await map.boundingBox();
  if (box === null) throw new Error('The venue map is not displayed.');
  const nearestLookup = page.waitForResponse(
    (response) =>
      response.url() === `${origin}/graphql` &&
      (response.request().postData() ?? '').includes('NearestPlace'),
  );
  await map.click({
    position: { x: box.width / 2 + 90, y: box.height / 2 - 60 },
  });
  const pickedLatitude = await waitForValueChange(latitude, placeLatitude);
  const pickedLongitude = await waitForValueChange(longitude, placeLongitude);
  await nearestLookup;

  await pinStatus
    .filter({ hasText: `Pin at ${pickedLatitude}, ${pickedLongitude}.` })
    .filter({ hasText: `Nearest place: ${placeName}` })
    .waitFor();
  // At zoom 15 the click lands a few hundred metres north-east of the place.
  expect(Number(pickedLatitude)).toBeGreaterThan(Number(placeLatitude));
  expect(Number(pickedLongitude)).toBeGreaterThan(Number(placeLongitude));
  expect(Number(pickedLatitude) - Number(placeLatitude)).toBeLessThan(0.02);
  expect(Number(pickedLongitude) - Number(placeLongitude)).toBeLessThan(0.02);
}

/** A listing's title, time zone and the goal and skill it is tagged with. */
export interface ListingNames {
  title: string;
  timeZone: string;
  sdgName: string;
  skillName: string;
}

/** Where a listing takes place: a gazetteer place and the venue in it. */
export interface ListingVenue {
  placeName: string;
  venueName: string;
  address: string;
}

const KATOOMBA_VENUE: ListingVenue = {
  placeName: 'Katoomba',
  venueName: 'Katoomba Falls Kiosk',
  address: 'Cliff Drive, Katoomba',
};

/**
 * Fills the listing form with a workshop at `venue`, Katoomba Falls Kiosk
 * unless given, starting in 31 minutes.
 */
export async function fillListing(
  page: Page,
  origin: string,
  listing: ListingNames,
  venue = KATOOMBA_VENUE,
) {
  await page.getByLabel('Title', { exact: true }).fill(listing.title);
  await page
    .getByLabel('Summary', { exact: true })
    .fill(
      'Walk the cliff track with a ranger and draw a map of what you find.',
    );
  await page
    .getByLabel('Description', { exact: true })
    .fill('Bring **sturdy shoes** and water. Paper and pencils are provided.');
  await page
    .getByLabel('Kind', { exact: true })
    .selectOption({ label: 'Workshop' });
  await page.getByLabel('Venue name').fill(venue.venueName);
  await page.getByLabel('Address', { exact: true }).fill(venue.address);
  await pickVenueOnMap(page, origin, venue.placeName);

  // Learners may register until the start, and the provider may mark
  // attendance from an hour before it, so a start about 30 minutes away allows
  // both within one run.
  const startsAt = new Date(Date.now() + 31 * 60_000);
  const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60_000);
  await page.getByRole('button', { name: 'Add a session' }).click();
  const session = page.getByRole('group', { name: 'Session 1' });
  await session.getByLabel('Time zone').selectOption(listing.timeZone);
  await session.getByLabel('Starts').fill(wallTime(startsAt, listing.timeZone));
  await session.getByLabel('Ends').fill(wallTime(endsAt, listing.timeZone));

  await page.getByLabel('Minimum age').fill('16');
  await page.getByLabel('Places per session').fill('10');
  await page.getByRole('checkbox', { name: listing.sdgName }).check();
  await page
    .getByRole('checkbox', { name: listing.skillName, exact: true })
    .check();
}
