// Writes openapi/examples/full-page.yaml: a full page of 100 scan profiles mixing both scan
// modes. A hundred hand-typed entries would drift; this script makes them the same every run.
// Run it after changing the shape of a scan profile, and commit what it writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const PAGE_SIZE = 100;
const TOTAL_COUNT = 240;
const AREAS = ['SharePoint sites', 'OneDrive accounts', 'Teams', 'Exchange mailboxes', 'Groups'];
const TEAMS = ['Finance', 'HR', 'Legal', 'Sales', 'Engineering', 'Marketing', 'Support', 'IT'];

function profileId(n) {
  const hex = n.toString(16).padStart(12, '0');
  return `7e3a${hex.slice(0, 4)}-${hex.slice(4, 8)}-4c1d-9f2e-${hex.padStart(12, '0')}`;
}

function profile(n) {
  const modified = new Date(Date.UTC(2025, 8, 1) + n * 7 * 3_600_000);

  return {
    profileName: `${TEAMS[n % TEAMS.length]} ${AREAS[n % AREAS.length]} #${n + 1}`,
    profileId: profileId(n + 1),
    scanMode: n % 3 === 0 ? 1 : 0,
    modifiedTime: modified.toISOString().replace('.000Z', 'Z'),
  };
}

const example = {
  summary: `A full page: 100 profiles of ${TOTAL_COUNT}, both scan modes`,
  value: {
    data: Array.from({ length: PAGE_SIZE }, (_, n) => profile(n)),
    metadata: { pageIndex: 1, pageSize: PAGE_SIZE, totalCount: TOTAL_COUNT },
  },
};

const target = fileURLToPath(new URL('../../openapi/examples/full-page.yaml', import.meta.url));
const header = '# Written by tools/examples/write-full-page-example.mjs; do not edit by hand.\n';
writeFileSync(
  target,
  header + stringify(example, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
);
