import { resetSchema } from './global-setup.mjs';

/**
 * Stops the embedded database, or empties the server database so that the
 * next user of TEST_DATABASE_URL (the browser tests) starts from migrations.
 */
export default async function globalTeardown() {
  await globalThis.learnscapeTestDatabase?.stop();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) await resetSchema(serverUrl);
}
