/** Browser suite: the built platform, started as `npm start` would, driven in Debian's Chromium. */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: { '^@inclusieplein/contract$': '<rootDir>/libs/contract/src/index.ts' },
  globalSetup: '<rootDir>/test/browser/support/check-chromium.ts',
  // The results reporter writes docs/accessibility/results.json after a full run.
  reporters: ['default', '<rootDir>/test/browser/support/results-reporter.js'],
  testTimeout: 60000,
  maxWorkers: 1,
};
