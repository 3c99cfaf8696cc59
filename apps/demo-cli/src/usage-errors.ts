// Commander reports a usage mistake in two or three lines; this makes it the one line every
// other failure gets, ending with where to read the usage.
import type { OutputConfiguration } from 'commander';

export function usageErrorOutput(commandLine: string): OutputConfiguration {
  return {
    outputError: (text, write) =>
      write(`${oneLine(text)} Run "${commandLine} --help" for usage.\n`),
  };
}

/**
 * Commander's two-line `error: unknown option '--pag'\n(Did you mean --page?)` becomes one:
 * `Unknown option '--pag' (did ...).`
 */
export function oneLine(text: string): string {
  const line = text
    .replace(/^error: /, '')
    .replace(/\s*\n\s*\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

  const sentence = `${line.charAt(0).toUpperCase()}${line.slice(1)}`;
  return /[.!?)]$/.test(sentence) ? sentence.replace(/\)$/, ').') : `${sentence}.`;
}
