/**
 * Jest runs the API's unit tests beside the code, the integration tests in test/api against real
 * PostgreSQL, and the checks of the interface texts in test/content.
 */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/apps/api/src/**/*.spec.ts',
    '<rootDir>/test/api/**/*.test.ts',
    '<rootDir>/test/content/**/*.test.ts',
  ],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: { '^@inclusieplein/contract$': '<rootDir>/libs/contract/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  // Each test file gets its own database; two workers fit the two cores of the CI machine.
  maxWorkers: 2,
};
