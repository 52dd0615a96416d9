import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches the system Chromium; playwright-core never downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that may only reach `origin`. Every other request is aborted
 * and recorded, so a test can assert that nothing left the machine.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await browser.newPage({
    viewport,
    locale: 'en-AU',
    timezoneId: 'Australia/Sydney',
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();

    blocked.push(url);

    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));

  return { page, blocked, errors };
}
