module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'client',
  rootDir: __dirname,
  globalSetup: '<rootDir>/../../tools/testing/start-mock.cjs',
  globalTeardown: '<rootDir>/../../tools/testing/stop-mock.cjs',
};
