// Serves the deliberately wrong upstream for a manual run of the contract CLI against it:
//   npx tsx apps/contract-harness/tests/support/serve-wrong-upstream.ts 4020
//   npm run contract -- --target http://127.0.0.1:4020
import { startWrongUpstream } from './wrong-upstream';

void startWrongUpstream(Number(process.argv[2] ?? 4020)).then((upstream) => {
  console.log(`A deliberately wrong provider listens on ${upstream.url} (Ctrl-C stops it)`);
});
