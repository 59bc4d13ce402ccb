import type { Alignment, AlignMode, Link } from '../types.ts';
import { decideMode } from './auto.ts';
import { withUnaligned } from './links.ts';
import { DEFAULT_MINE, mine, type MineOptions } from './mine.ts';
import { alignParallel, DEFAULT_PARALLEL, type ParallelOptions } from './parallel.ts';
import { prepare, type AlignSide } from './space.ts';

export type { AlignSide } from './space.ts';

export type ModeChoice = AlignMode | 'auto';

export interface AlignOptions {
  mode: ModeChoice;
  /** Links scoring under this are dropped (their sentences appear unaligned). */
  minScore: number;
  /** Neighbours per sentence for margins. */
  k: number;
  parallel: ParallelOptions;
  mine: MineOptions;
}

export const DEFAULT_ALIGN: AlignOptions = { mode: 'auto', minScore: 0, k: 4, parallel: DEFAULT_PARALLEL, mine: DEFAULT_MINE };

/** Aligns the sentences of two texts; every sentence appears in exactly one link. */
export function align(ar: AlignSide, en: AlignSide, options: Partial<AlignOptions> = {}): Alignment {
  const opts = { ...DEFAULT_ALIGN, ...options };
  const space = prepare(ar, en, opts.k);
  let mode: AlignMode;
  let reason: string;
  if (opts.mode === 'auto') ({ mode, reason } = decideMode(space));
  else [mode, reason] = [opts.mode, 'requested'];
  const links: Link[] = mode === 'parallel' ? alignParallel(space, opts.parallel) : mine(space, opts.mine);
  return {
    mode,
    reason,
    links: withUnaligned(
      links.filter((l) => l.score >= opts.minScore),
      ar.vectors.length,
      en.vectors.length,
    ),
  };
}
