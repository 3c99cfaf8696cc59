// Each suite starts its own upstream (Prism or an in-test Express server) on an ephemeral port,
// so the suites need no global set-up and can run in any order.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'contract-harness',
  rootDir: __dirname,
  testTimeout: 60_000,
};
