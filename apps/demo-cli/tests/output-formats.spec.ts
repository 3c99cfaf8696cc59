// The four output formats, from a Listing in memory: the table for a person, and json, ndjson
// and csv exactly as the API spells the data.
import { ScanMode, type ScanProfile } from '@scan-profiles/client';

import type { Listing } from '../src/listing.js';
import { csvField } from '../src/output/csv.js';
import { render } from '../src/output/formats.js';
import { printable } from '../src/output/readable.js';

function profile(name: string, scanMode: number, time: string): ScanProfile {
  return {
    profileName: name,
    profileId: `id-${name.length}`,
    scanMode: scanMode as ScanProfile['scanMode'],
    modifiedTime: new Date(time),
  };
}

const TWO: Listing = {
  profiles: [
    profile('Alpha', ScanMode.Express, '2025-09-11T03:19:14Z'),
    profile('Beta, "quoted"', ScanMode.Advanced, '2025-10-02T08:45:00.125Z'),
  ],
  totalCount: 7,
  pageIndex: 2,
  pageCount: 4,
};

const cases: Array<[string, Parameters<typeof render>[0], Listing, string]> = [
  [
    'a table with words, readable times and a page footer',
    'table',
    TWO,
    [
      'NAME            SCAN MODE  MODIFIED (UTC)    ID',
      'Alpha           Express    2025-09-11 03:19  id-5',
      'Beta, "quoted"  Advanced   2025-10-02 08:45  id-14',
      '',
      'Page 2 of 4, 7 scan profiles in all.',
    ].join('\n'),
  ],
  [
    'a table of every page',
    'table',
    { profiles: TWO.profiles.slice(0, 1), totalCount: 1, pageCount: 1 },
    [
      'NAME   SCAN MODE  MODIFIED (UTC)    ID',
      'Alpha  Express    2025-09-11 03:19  id-5',
      '',
      '1 scan profile in all, from 1 page.',
    ].join('\n'),
  ],
  [
    'an empty table',
    'table',
    { profiles: [], totalCount: 0, pageIndex: 1, pageCount: 1 },
    'No scan profiles.\n\nPage 1 of 1, 0 scan profiles in all.',
  ],
  [
    'a scan mode this CLI does not know yet',
    'table',
    { profiles: [profile('New', 7, '2025-01-01T00:00:00Z')], totalCount: 1, pageCount: 1 },
    [
      'NAME  SCAN MODE  MODIFIED (UTC)    ID',
      'New   Mode 7     2025-01-01 00:00  id-3',
      '',
      '1 scan profile in all, from 1 page.',
    ].join('\n'),
  ],
  [
    'json as one array in the API spelling, milliseconds only when there are some',
    'json',
    TWO,
    JSON.stringify(
      [
        {
          profileName: 'Alpha',
          profileId: 'id-5',
          scanMode: 0,
          modifiedTime: '2025-09-11T03:19:14Z',
        },
        {
          profileName: 'Beta, "quoted"',
          profileId: 'id-14',
          scanMode: 1,
          modifiedTime: '2025-10-02T08:45:00.125Z',
        },
      ],
      null,
      2,
    ),
  ],
  ['json of nothing', 'json', { profiles: [], totalCount: 0, pageCount: 1 }, '[]'],
  [
    'ndjson, one object a line',
    'ndjson',
    TWO,
    [
      '{"profileName":"Alpha","profileId":"id-5",' +
        '"scanMode":0,"modifiedTime":"2025-09-11T03:19:14Z"}',
      '{"profileName":"Beta, \\"quoted\\"","profileId":"id-14","scanMode":1,' +
        '"modifiedTime":"2025-10-02T08:45:00.125Z"}',
    ].join('\n'),
  ],
  [
    'csv with a header and quoted fields',
    'csv',
    TWO,
    [
      'profileName,profileId,scanMode,modifiedTime',
      'Alpha,id-5,0,2025-09-11T03:19:14Z',
      '"Beta, ""quoted""",id-14,1,2025-10-02T08:45:00.125Z',
    ].join('\n'),
  ],
];

describe('render', () => {
  it.each(cases)('%s', (_, format, listing, want) => {
    expect(render(format, listing)).toBe(want === '' ? '' : `${want}\n`);
  });

  it('prints nothing at all for ndjson of nothing', () => {
    expect(render('ndjson', { profiles: [], totalCount: 0, pageCount: 1 })).toBe('');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j → %j', (value, want) => {
    expect(csvField(value)).toBe(want);
  });
});

describe('printable', () => {
  it.each([
    ['Plain name', 'Plain name'],
    ['\u001b[31mred\u001b[0m', '?[31mred?[0m'],
    ['tab\there', 'tab?here'],
    ['Ünïcode ✓', 'Ünïcode ✓'],
  ])('%j → %j', (text, want) => {
    expect(printable(text)).toBe(want);
  });
});
