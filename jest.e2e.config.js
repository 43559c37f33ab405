// Browser tests (test/e2e) in real Chromium: `npm run test:e2e`. Same swc transform as
// jest.config.js; one worker, since each file starts a server and a browser.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    '@electric-sql/pglite/dist/.+\\.cjs$': ['@swc/jest'],
  },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
  testTimeout: 120000,
  maxWorkers: 1,
};
