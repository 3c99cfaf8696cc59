import { childPointer } from '@scan-profiles/contract';

import { checkFinding, type Finding } from './finding';

/**
 * Where what a client parsed differs from the JSON that came over the wire. The generated
 * models turn date-time strings into Dates, so a Date equals the string that names the same
 * instant. A field on the wire that the client drops is a warning (the document lets a
 * provider add fields); a value that differs, or one the client made up, is an error.
 */
export function wireDifferences(parsedValue: unknown, wire: unknown, pointer = ''): Finding[] {
  if (parsedValue instanceof Date) {
    const same = typeof wire === 'string' && Date.parse(wire) === parsedValue.getTime();
    return same ? [] : [differs(pointer, 'a date other than the one sent')];
  }

  if (Array.isArray(wire) || Array.isArray(parsedValue)) {
    if (!Array.isArray(wire) || !Array.isArray(parsedValue) || wire.length !== parsedValue.length) {
      return [differs(pointer, 'a list other than the one sent')];
    }
    return wire.flatMap((item, index) =>
      wireDifferences(parsedValue[index], item, childPointer(pointer, index)),
    );
  }

  if (isObject(wire) && isObject(parsedValue)) return objectDifferences(parsedValue, wire, pointer);

  return Object.is(parsedValue, wire) ? [] : [differs(pointer, 'a value other than the one sent')];
}

function objectDifferences(
  parsedValue: Record<string, unknown>,
  wire: Record<string, unknown>,
  pointer: string,
): Finding[] {
  const findings: Finding[] = [];

  for (const [key, value] of Object.entries(wire)) {
    const at = childPointer(pointer, key);
    if (!(key in parsedValue)) {
      findings.push({
        ...checkFinding('warning', 'client-drops-field', `drops ${at}`),
        pointer: at,
      });
    } else {
      findings.push(...wireDifferences(parsedValue[key], value, at));
    }
  }
  for (const [key, value] of Object.entries(parsedValue)) {
    if (!(key in wire) && value !== undefined) {
      findings.push(differs(childPointer(pointer, key), 'a field that was not sent'));
    }
  }

  return findings;
}

function differs(pointer: string, what: string): Finding {
  const message = `the client parsed ${what} at ${pointer || 'the root'}`;
  return { ...checkFinding('error', 'client-parse', message), pointer };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
