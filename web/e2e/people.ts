import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect } from '@jest/globals';
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

/** Signs in through the form and waits for the account link in the bar. */
export async function signIn(person: Person, origin: string, password: string) {
  const { page } = person;
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();

  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: `${person.name} (account settings)` })
    .waitFor();
}

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Returns the newest message to `to` in the app's outbox folder, where the
 * app writes each e-mail as a JSON file whose name starts with its time, or
 * undefined when there is none.
 */
async function findNewestMessageTo(
  outboxDir: string,
  to: string,
): Promise<OutboxMessage | undefined> {
  let names: string[];
  try {
    names = await readdir(outboxDir);
  } catch {
    // The app creates the folder with its first message.
    return undefined;
  }
  for (const name of names
    .filter((each) => each.endsWith('.json'))
    .sort()
    .reverse()) {
    const message = JSON.parse(
      await readFile(path.join(outboxDir, name), 'utf8'),
    ) as OutboxMessage;
    if (message.to === to) return message;
  }

  return undefined;
}

/** Waits up to 10 s for a message to `to` and returns the newest one. */
async function newestMessageTo(
  outboxDir: string,
  to: string,
): Promise<OutboxMessage> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const message = await findNewestMessageTo(outboxDir, to);
    if (message !== undefined) return message;
    if (Date.now() > deadline) {
      throw new Error(
        `The outbox in ${outboxDir} has no message to ${to} after 10 s.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Opens the verification link from the newest e-mail to the person, as they
 * would from their mailbox, and waits until the page confirms it.
 */
export async function verifyEmail(
  person: Person,
  origin: string,
  outboxDir: string,
) {
  const message = await newestMessageTo(outboxDir, person.email);
  const link = /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(message.text);
  if (link === null) {
    throw new Error(
      `"${message.subject}" to ${person.email} has no verification link.`,
    );
  }
  // The app writes its own address into links, so the page stays on it.
  expect(new URL(link[0]).origin).toBe(origin);

  await person.page.goto(link[0]);
  await person.page
    .getByRole('status')
    .filter({ hasText: 'Your e-mail address is verified.' })
    .waitFor();
}

/**
 * Creates an organisation from `/organisations` and returns its id, read
 * from the dashboard's address.
 */
export async function createOrganisation(
  page: Page,
  origin: string,
  organisation: { name: string; kind: 'provider' | 'council' | 'employer' },
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
