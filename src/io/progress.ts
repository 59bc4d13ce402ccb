/**
 * Progress of a batch on stderr: "[2/5] stem: stage". On a terminal one line is rewritten in place;
 * in a log (not a terminal) each stage is its own line, so the log shows where a run stopped.
 */
export interface Progress {
  /** A pair starts: n is 1-based. */
  pair(n: number, total: number, stem: string): void;
  stage(stage: string): void;
  /** A line that stays (a pair's result, a note about reading a file, a failure). */
  line(text: string): void;
}

/** What a long pair's windows report (pipeline `onWindow`): the same words from every command. */
export function windowReporter(progress: Pick<Progress, 'stage'>): (done: number, total: number) => void {
  return (done, total) => progress.stage(`align (${done} of ${total} Arabic sentences)`);
}

export function createProgress(write: (s: string) => void, terminal: boolean): Progress {
  let prefix = '';
  let live = false;
  const clear = (): void => {
    if (live) write('\r\x1b[K');
    live = false;
  };
  return {
    pair(n, total, stem) {
      prefix = `[${n}/${total}] ${stem}`;
    },
    stage(stage) {
      if (terminal) {
        clear();
        write(`${prefix}: ${stage}…`);
        live = true;
      } else write(`${prefix}: ${stage}\n`);
    },
    line(text) {
      clear();
      write(text + '\n');
    },
  };
}
