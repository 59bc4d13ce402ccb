import { nameAgreement } from '../names/agreement.ts';
import { isNameList } from '../names/list.ts';
import type { Alignment, AlignMode, Link } from '../types.ts';
import { DEFAULT_AUTO, decideMode } from './auto.ts';
import { floorEvidence } from './floors.ts';
import { withUnaligned } from './links.ts';
import { DEFAULT_MINE, mineWithFloors, type MineOptions } from './mine.ts';
import { alignParallel, DEFAULT_PARALLEL, type ParallelOptions } from './parallel.ts';
import { rescoreNames } from './rescore.ts';
import { prepare, type AlignSide, type Space } from './space.ts';

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

/**
 * Comparable mode. A list of names is also scored by spelling (rescore.ts), and mined that way when spelling
 * finds at least as many clear mutual-best pairs as the encoder (capitalised names that are translated, such as
 * Security Council ↔ مجلس الأمن, do not); the floors are then kept or dropped on the evidence (floors.ts).
 */
function mineComparable(space: Space, ar: AlignSide, en: AlignSide, opts: MineOptions): { links: Link[]; reason: string } {
  const plain = floorEvidence(space, opts.floors, opts.drop);
  if (ar.texts && en.texts && isNameList(en.texts)) {
    const spelled = rescoreNames(space, ar, en, nameAgreement(ar.texts, en.texts));
    const evidence = floorEvidence(spelled, opts.floors, opts.drop);
    if (evidence.pairs >= plain.pairs) {
      const mined = mineWithFloors(spelled, opts, evidence);
      return { links: mined.links, reason: `a list of names, paired by spelling (the encoder alone: ${plain.pairs} clear pairs); ${mined.reason}` };
    }
    const mined = mineWithFloors(space, opts, plain);
    return { links: mined.links, reason: `a list of names, paired by the encoder (spelling: ${evidence.pairs} clear pairs); ${mined.reason}` };
  }
  return mineWithFloors(space, opts, plain);
}

/** Aligns the sentences of two texts; every sentence appears in exactly one link. */
export function align(ar: AlignSide, en: AlignSide, options: Partial<AlignOptions> = {}): Alignment {
  const opts = { ...DEFAULT_ALIGN, ...options };
  const space = prepare(ar, en, opts.k);
  let mode: AlignMode;
  let reason: string;
  let parallel: Link[] | undefined;
  const parallelLinks = (): Link[] => (parallel ??= alignParallel(space, opts.parallel));
  if (opts.mode === 'auto') ({ mode, reason } = decideMode(space, DEFAULT_AUTO, parallelLinks));
  else [mode, reason] = [opts.mode, 'requested'];
  let links: Link[];
  if (mode === 'parallel') links = parallelLinks();
  else {
    const mined = mineComparable(space, ar, en, opts.mine);
    links = mined.links;
    reason = `${reason}; ${mined.reason}`;
  }
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
