// What another team writes after `npm install @scan-profiles/client`: every scan profile of a
// customer, one line each. The registry round trip copies it into a scratch project and runs it.
import { createScanProfilesClient } from '@scan-profiles/client';

const client = createScanProfilesClient({
  baseUrl: process.env.SCAN_PROFILES_BASE_URL,
  auth: { token: process.env.SCAN_PROFILES_TOKEN },
});

for await (const profile of client.scanProfiles(process.env.SCAN_PROFILES_CUSTOMER_ID)) {
  console.log(`${profile.profileId} ${profile.modifiedTime.toISOString()} ${profile.profileName}`);
}
