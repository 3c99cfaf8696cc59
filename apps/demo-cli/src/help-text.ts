// The parts of --help that are prose rather than a list of flags.
import {
  CERTIFICATE_PATH,
  CLIENT_ID,
  CLIENT_SECRET,
  PRIVATE_KEY_PATH,
  TOKEN,
} from './credentials.js';

export const SAMPLE_CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';

export const CREDENTIALS_HELP = `
Credentials come from environment variables only, never from flags: any user of this
machine can read a command line. The first complete set wins:
  ${TOKEN}                 a bearer token you already have
  ${CLIENT_ID}             with ${CERTIFICATE_PATH} and ${PRIVATE_KEY_PATH}
                                 (PEM files; the vendor recommends a certificate)
  ${CLIENT_ID}             with ${CLIENT_SECRET}`;

export const EXIT_CODES_HELP = `
Exit codes: 0 done, 1 the API or the network failed, 2 bad usage or missing credentials,
130 stopped by Ctrl-C. Errors are one line on stderr; --debug adds the stack trace.`;

export const LIST_EXAMPLES = `
Examples:
  $ export AVEPOINT_TOKEN=...                      # or client credentials, as below
  $ scan-profiles list ${SAMPLE_CUSTOMER_ID}
  $ C=${SAMPLE_CUSTOMER_ID}
  $ scan-profiles list $C --all --format csv > profiles.csv
  $ scan-profiles list $C --all --format ndjson | jq -r .profileName
  $ scan-profiles list $C --page 2 --page-size 20 --environment gov
  $ scan-profiles list $C --ids 47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d,9b2f6c4e-57a1-...
  $ scan-profiles list $C --base-url http://127.0.0.1:4010  # the mock: any token will do

Formats: table for a person (scan mode as a word, times in UTC, a footer with the total
and the page); json (one array), ndjson (one object a line) and csv (a header row) for
programs, with the API's field names and values and nothing else on stdout.`;

export const MOCK_EXAMPLES = `
Examples:
  $ scan-profiles mock
  $ scan-profiles mock --port 4011 --dynamic --seed 42

The environment variables of \`npm run mock\` work too: PORT, MOCK_DYNAMIC, MOCK_SEED and
MOCK_LOG_LEVEL.`;
