import { dropRunDatabase } from './global-setup.mjs';

/** Stops the embedded database, or drops the database this run created. */
export default async function globalTeardown() {
  await globalThis.learnscapeTestDatabase?.stop();
  const serverUrl = process.env.TEST_DATABASE_URL;
  const runUrl = process.env.LEARNSCAPE_TEST_URL;
  if (serverUrl && runUrl) await dropRunDatabase(serverUrl, runUrl);
}
