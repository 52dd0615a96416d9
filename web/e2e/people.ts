import type { Browser, Page } from 'playwright-core';

import { openPage } from './browser';

/** Long enough for the sign-up rule of at least 10 characters. */
export const PASSWORD = 'correct horse battery staple';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** One person with their own browser context, so cookies stay apart. */
export interface Person {
  name: string;
  email: string;
  page: Page;
  /** Requests that tried to leave the app's origin. */
  blocked: string[];
  /** Uncaught errors thrown in the page. */
  errors: string[];
}

/** Returns a suffix that keeps names and e-mail addresses apart between runs. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Opens a new browser context for a person who has no account yet. */
export async function openPerson(
  browser: Browser,
  origin: string,
  details: { name: string; email: string },
  viewport = DESKTOP,
): Promise<Person> {
  const { page, blocked, errors } = await openPage(browser, origin, viewport);

  return { ...details, page, blocked, errors };
}

/**
 * Signs up through the form and waits for the shell to announce that the
 * account is ready. The birth year makes the person at least 19 this year.
 */
export async function signUp(person: Person, origin: string) {
  const { page } = person;
  await page.goto(`${origin}/sign-up`);
  await page.getByRole('heading', { name: 'Create an account' }).waitFor();

  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  await page
    .getByLabel('Year of birth')
    .fill(String(new Date().getFullYear() - 20));
  await page.getByRole('button', { name: 'Create account' }).click();

  await page
    .getByRole('status')
    .filter({ hasText: `We sent a link to ${person.email}` })
    .waitFor();
}

/**
 * Creates an organisation from `/organisations` and returns its id, read
 * from the dashboard's address.
 */
export async function createOrganisation(
  page: Page,
  origin: string,
  organisation: { name: string; kind: 'provider' | 'council' },
): Promise<string> {
  await page.goto(`${origin}/organisations`);
  const form = page.getByRole('form', { name: 'Create an organisation' });
  await form.getByLabel('Name', { exact: true }).fill(organisation.name);
  await form
    .getByLabel('Kind', { exact: true })
    .selectOption({ label: organisation.kind });
  await form.getByRole('button', { name: 'Create organisation' }).click();

  await page
    .getByRole('heading', { level: 1, name: organisation.name })
    .waitFor();

  return idInPath(page.url(), 'organisations');
}

/** Returns the path segment after `collection` in `url`. */
export function idInPath(url: string, collection: string): string {
  const segments = new URL(url).pathname.split('/');
  const index = segments.indexOf(collection);
  const id = index === -1 ? undefined : segments[index + 1];
  if (id === undefined || id === '') {
    throw new Error(`${url} has no id after /${collection}/.`);
  }

  return id;
}

/**
 * Formats `instant` as the value of a `datetime-local` input showing wall
 * time in `timeZone`, such as 2026-03-01T09:30.
 */
export function wallTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Closes a person's page, which closes their browser context too. */
export async function closePerson(person: Person | undefined) {
  await person?.page.close();
}
