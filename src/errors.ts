/**
 * Errors the library throws for problems a user can fix. They carry a `kind`, never an exit code: the command
 * line maps kinds to its exit codes (src/cli/exit-codes.ts); a program using the library tests `kind`.
 */
export const ERROR_KINDS = {
  /** A wrong option or argument. */
  usage: 'usage',
  /** An input file or folder is missing or unreadable. */
  fileMissing: 'fileMissing',
  /** An input is not usable text (empty, binary, damaged, too big; no pairs in a folder). */
  badInput: 'badInput',
  /** A text is in the wrong language for its role (--ar / --en swapped). */
  wrongLanguage: 'wrongLanguage',
  /** An output cannot be written, or an existing glossary CSV is malformed (left untouched). */
  output: 'output',
  /** Data the package ships (lexicon, name costs, WordNet) is missing: a broken install. */
  resourceMissing: 'resourceMissing',
  /** No model, or no transformers.js, for the neural encoder. */
  modelMissing: 'modelMissing',
} as const;

export type ErrorKind = (typeof ERROR_KINDS)[keyof typeof ERROR_KINDS];

/** The kinds under their older name: `new UserError(message, EXIT.badInput)` reads as it always did. */
export const EXIT = ERROR_KINDS;

/** An error the user can fix: shown by the CLI as one line, without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
  ) {
    super(message);
    this.name = 'AlignerError';
  }
}

/** The library's error class under the name a consumer would look for. */
export { UserError as AlignerError };

/** Shipped data is missing: names the file, as one line. */
export class ResourceMissingError extends UserError {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path}: missing (${what}); the installation is incomplete — reinstall or rebuild the package`, ERROR_KINDS.resourceMissing);
  }
}
