/** Timing and memory helpers for benchmarks: medians of several runs, never a single sample. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `runs` times (after one warm-up unless `warmup` is false); returns the median seconds. */
export async function medianSeconds(fn: () => unknown | Promise<unknown>, runs: number, warmup = true): Promise<number> {
  if (warmup) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(times);
}

/** Peak resident set size of this process so far, in MiB (Linux: VmHWM). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function fmt(x: number, digits = 2): string {
  return x.toFixed(digits);
}
