/**
 * Screen-reader suite: the built platform in Chromium with the Orca screen reader speaking Dutch
 * on a virtual display. Each test file starts its own desktop and platform. Run `npm run build` first.
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/screenreader/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: { '^@inclusieplein/contract$': '<rootDir>/libs/contract/src/index.ts' },
  testTimeout: 90000,
  maxWorkers: 1,
};
