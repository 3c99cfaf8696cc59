// jest globalSetup: one Prism for the whole run of a project's tests, on a free port. Workers
// start after this returns, so they inherit SCAN_PROFILES_MOCK_URL.
'use strict';

const { startMock } = require('../mock/prism.cjs');

module.exports = async function startMockForTests() {
  const mock = await startMock();
  globalThis.__SCAN_PROFILES_MOCK__ = mock;
  process.env.SCAN_PROFILES_MOCK_URL = mock.url;
};
