export default async function globalTeardown() {
  await globalThis.learnscapeTestDatabase?.stop();
}
