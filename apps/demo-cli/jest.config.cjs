// The end-to-end tests spawn the built CLI (dist/main.js) against one Prism for the whole run,
// and against small scripted servers of their own where Prism cannot play the part.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'demo-cli',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../tools/testing/start-mock.cjs',
  globalTeardown: '<rootDir>/../../tools/testing/stop-mock.cjs',
  testTimeout: 20_000,
};
