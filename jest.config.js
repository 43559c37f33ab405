// swc instead of ts-jest: an order of magnitude faster; `npm run typecheck` checks types.
// PGlite's CommonJS build uses dynamic import(), which swc rewrites so jest can load it.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    '@electric-sql/pglite/dist/.+\\.cjs$': ['@swc/jest'],
  },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
  testTimeout: 30000,
};
