/**
 * Browser tests: the built app on a real API and database, driven in the
 * system Chromium. Run `npm run build` first.
 */
export default {
  displayName: 'web-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  // Each test drives a real browser against the app and its database.
  testTimeout: 120_000,
  maxWorkers: 1,
};
