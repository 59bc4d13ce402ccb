/** Exit codes, documented in the README ("When something goes wrong"). */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  fileMissing: 3,
  badInput: 4,
  wrongLanguage: 5,
  output: 6,
  partial: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user can fix: shown as one line, without a stack trace, with its exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
