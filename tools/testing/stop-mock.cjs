// jest globalTeardown: stops the Prism that start-mock.cjs started, whatever the tests did.
'use strict';

module.exports = async function stopMockAfterTests() {
  await globalThis.__SCAN_PROFILES_MOCK__?.stop();
};
