/** Component tests: jsdom, ES modules, TypeScript and JSX through swc. */
export default {
  displayName: 'web',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
          // Keeps `with { type: 'json' }` on JSON imports for Node's loader.
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  // jsdom cannot load style sheets; the page's CSS plays no part in tests.
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/style-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // Above the 5 s wait of findBy queries (test/setup.ts), so that a missing
  // element fails with Testing Library's message instead of a timeout.
  testTimeout: 15_000,
};
