/** A progress line on stderr for long jobs: rewritten in place on a terminal, at most every few seconds otherwise. */
export type Progress = (done: number, total: number) => void;

export function stderrProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  const every = tty ? 200 : 5000;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    const finished = done >= total;
    if (!finished && now - last < every) return;
    last = now;
    const line = `${label} ${done}/${total} (${Math.round((100 * done) / Math.max(total, 1))}%)`;
    stream.write(tty ? `\r${line}${finished ? '\n' : ''}` : `${line}\n`);
  };
}
