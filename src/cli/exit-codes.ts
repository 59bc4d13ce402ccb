import type { ErrorKind } from '../errors.ts';

/** Exit codes, documented in the README ("When something goes wrong"). */
export const EXIT_CODES = {
  ok: 0,
  internal: 1,
  usage: 2,
  fileMissing: 3,
  badInput: 4,
  wrongLanguage: 5,
  output: 6,
  partial: 7,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** The exit code of each kind of library error. */
export function exitCodeOf(kind: ErrorKind): ExitCode {
  switch (kind) {
    case 'usage':
      return EXIT_CODES.usage;
    case 'fileMissing':
    case 'modelMissing':
    case 'resourceMissing':
      return EXIT_CODES.fileMissing;
    case 'badInput':
      return EXIT_CODES.badInput;
    case 'wrongLanguage':
      return EXIT_CODES.wrongLanguage;
    case 'output':
      return EXIT_CODES.output;
  }
}
