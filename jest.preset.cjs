// Shared jest settings. ts-jest compiles TypeScript to CommonJS (tsconfig.jest.json); sources
// use ESM-style `.js` import suffixes, which the mapper strips so jest finds the `.ts` files.
const { join } = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.jest.json') }],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  reporters: ['default', join(__dirname, 'tools', 'testing', 'summary-reporter.cjs')],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
