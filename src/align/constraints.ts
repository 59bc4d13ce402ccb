/**
 * A reviewer's link decisions as constraints on the aligner. Approved links are kept exactly and their sentences
 * are taken (fixed pairs); rejected links forbid every Arabic–English sentence pair they contain, in any link the
 * aligner makes — pair-level, so a rejected pair cannot come back inside a group or a many-to-many link either.
 */
import type { Link } from '../types.ts';
import type { Space } from './space.ts';

export interface LinkConstraints {
  /** Links a reviewer approved, sentence indices of the current texts. */
  approved: readonly Link[];
  /** Links a reviewer rejected (each of their sentence pairs is forbidden). */
  rejected: readonly Link[];
}

export interface Constraints {
  approved: readonly Link[];
  /** Sentences held by an approved link. */
  takenAr: Uint8Array;
  takenEn: Uint8Array;
  forbidden(i: number, j: number): boolean;
  /** A link the aligner may not make: it holds a forbidden pair. */
  breaks(ar: readonly number[], en: readonly number[]): boolean;
}

export function compileConstraints(c: LinkConstraints | undefined, arCount: number, enCount: number): Constraints | undefined {
  if (!c || (!c.approved.length && !c.rejected.length)) return undefined;
  const takenAr = new Uint8Array(arCount);
  const takenEn = new Uint8Array(enCount);
  for (const l of c.approved) {
    for (const i of l.ar) if (i >= 0 && i < arCount) takenAr[i] = 1;
    for (const j of l.en) if (j >= 0 && j < enCount) takenEn[j] = 1;
  }
  const pairs = new Set<number>();
  for (const l of c.rejected) for (const i of l.ar) for (const j of l.en) pairs.add(i * enCount + j);
  const forbidden = (i: number, j: number): boolean => pairs.has(i * enCount + j);
  return {
    approved: c.approved,
    takenAr,
    takenEn,
    forbidden,
    breaks: (ar, en) => pairs.size > 0 && ar.some((i) => en.some((j) => forbidden(i, j))),
  };
}

/**
 * The space as the aligner may use it: no neighbour lists through a forbidden pair or into an approved link's
 * sentences (those have none), and no similarity for a group holding a forbidden pair. Backgrounds stay as
 * measured, so margins mean what they meant.
 */
export function constrainSpace(space: Space, c: Constraints): Space {
  const filter = (taken: Uint8Array, otherTaken: Uint8Array, pairOf: (self: number, other: number) => boolean) =>
    (nb: Space['ar']['nn'][number], self: number) => {
      if (taken[self]) return { ids: new Int32Array(0), sims: new Float32Array(0) };
      const keep: number[] = [];
      nb.ids.forEach((o, t) => {
        if (!otherTaken[o] && !pairOf(self, o)) keep.push(t);
      });
      if (keep.length === nb.ids.length) return nb;
      return { ids: Int32Array.from(keep.map((t) => nb.ids[t])), sims: Float32Array.from(keep.map((t) => nb.sims[t])) };
    };
  const arNn = space.ar.nn.map(filter(c.takenAr, c.takenEn, (i, j) => c.forbidden(i, j)));
  const enNn = space.en.nn.map(filter(c.takenEn, c.takenAr, (j, i) => c.forbidden(i, j)));
  const blocked = (a0: number, ac: number, e0: number, ec: number): boolean => {
    for (let i = a0; i < a0 + ac; i++) {
      if (c.takenAr[i]) return true;
      for (let j = e0; j < e0 + ec; j++) if (c.forbidden(i, j)) return true;
    }
    for (let j = e0; j < e0 + ec; j++) if (c.takenEn[j]) return true;
    return false;
  };
  return {
    ...space,
    ar: { ...space.ar, nn: arNn },
    en: { ...space.en, nn: enNn },
    sim: (a0, ac, e0, ec) => (blocked(a0, ac, e0, ec) ? -1 : space.sim(a0, ac, e0, ec)),
  };
}

/** Whether a proposed link (not an approved one) may stand beside the decisions. */
export function allowedBeside(c: Constraints, l: Link): boolean {
  if (c.breaks(l.ar, l.en)) return false;
  // A related link (many-to-many comparable mode) may share a sentence with an approved one; others may not.
  const related = (l as Link & { kind?: string }).kind === 'related';
  return related || !(l.ar.some((i) => c.takenAr[i]) || l.en.some((j) => c.takenEn[j]));
}
