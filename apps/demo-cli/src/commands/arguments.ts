// Parsers for the values of flags and arguments. Each throws commander's InvalidArgumentError,
// which commander turns into a usage error naming the flag.
import { MAX_PAGE_SIZE } from '@scan-profiles/client';
import { InvalidArgumentError } from 'commander';

import { SAMPLE_CUSTOMER_ID } from '../help-text.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCustomerId(value: string): string {
  if (!GUID.test(value)) {
    throw new InvalidArgumentError('A customer ID is a GUID, such as ' + SAMPLE_CUSTOMER_ID + '.');
  }
  return value;
}

export function parsePageIndex(value: string): number {
  return integerWithin(value, 1, 2 ** 31 - 1, 'A page is a whole number from 1');
}

export function parsePageSize(value: string): number {
  return integerWithin(value, 1, MAX_PAGE_SIZE, `A page size is from 1 to ${MAX_PAGE_SIZE}`);
}

export function parsePort(value: string): number {
  return integerWithin(value, 1, 65_535, 'A port is from 1 to 65535');
}

/** `a,b, c` → `['a', 'b', 'c']`; an empty list is a mistake, not "no filter". */
export function parseIds(value: string): string[] {
  const ids = splitIds(value);
  if (ids.length === 0) throw new InvalidArgumentError('Give at least one scan profile ID.');
  return ids;
}

/** IDs separated by commas, spaces or line breaks; `#` starts a comment up to the line's end. */
export function splitIds(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.replace(/#.*/, '').split(/[\s,]+/))
    .filter((id) => id.length > 0);
}

export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('Give an absolute URL, like http://127.0.0.1:4010.');
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('Give an http or https URL.');
  }
  return value.replace(/\/+$/, '');
}

function integerWithin(value: string, min: number, max: number, rule: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new InvalidArgumentError(`${rule}.`);
  }
  return number;
}
