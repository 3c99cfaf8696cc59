// Scan profiles that look like a customer's: names built from departments and what they scan
// for, random GUIDs, both scan modes, modification times spread over a year, in UTC.
'use strict';

const { randomUUID } = require('node:crypto');

const DEPARTMENTS = ['Finance', 'HR', 'Legal', 'Sales', 'Engineering', 'Marketing', 'Support'];
const SUBJECTS = [
  'PII sweep',
  'GDPR audit',
  'Credit card numbers',
  'Contracts',
  'Health records',
  'Secrets in code',
  'Payroll',
  'Customer lists',
];
const FIRST_MODIFIED = Date.UTC(2025, 0, 6, 8, 0, 0);
const MODIFIED_EVERY_MS = 47 * 60_000;

/** `count` profiles as the API sends them: every field the contract requires, as JSON has it. */
function realisticProfiles(count) {
  return Array.from({ length: count }, (_, index) => {
    const department = DEPARTMENTS[index % DEPARTMENTS.length];
    const subject = SUBJECTS[Math.floor(index / DEPARTMENTS.length) % SUBJECTS.length];

    return {
      profileName: `${department} ${subject} ${String(index + 1).padStart(5, '0')}`,
      profileId: randomUUID(),
      // Most profiles run in Express mode; one in three is Advanced.
      scanMode: index % 3 === 2 ? 1 : 0,
      modifiedTime: new Date(FIRST_MODIFIED + index * MODIFIED_EVERY_MS)
        .toISOString()
        .replace('.000Z', 'Z'),
    };
  });
}

module.exports = { realisticProfiles };
