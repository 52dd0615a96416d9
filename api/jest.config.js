/** Jest in ESM mode, compiling TypeScript with swc (with decorator metadata). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    // Sources import './x.js'; the files on disk are './x.ts'.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@learnscape/db$': '<rootDir>/../db/src/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  // The embedded database serves one connection, so test files run in turn.
  maxWorkers: 1,
  // Modules loaded as ES modules stay in memory for the rest of a worker's
  // life, so a worker that runs every file slows down as its heap grows.
  // With this limit Jest runs the files in a worker and starts a new one
  // once the old one holds more than this after a file. The embedded
  // database lives in Jest's own process, where the files then run.
  // NOTE: with the limit, files on the embedded database failed with
  // server errors on concurrent requests, so it applies on a server only.
  ...(process.env.TEST_DATABASE_URL ? { workerIdleMemoryLimit: '1GB' } : {}),
  testTimeout: 60_000,
};
