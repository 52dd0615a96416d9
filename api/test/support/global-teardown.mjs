import pg from 'pg';

/**
 * Stops the embedded database, or empties the server database so that the
 * next user of TEST_DATABASE_URL (the browser tests) starts from migrations.
 */
export default async function globalTeardown() {
  await globalThis.learnscapeTestDatabase?.stop();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}
