/**
 * Crossheads and bylines in two reports. A news page keeps its subheadings as lines of their own
 * (العلاقات بين روسيا وكوريا الشمالية, "Barça acknowledged 'error' in June"): a few words naming the topic of
 * the section that follows, with no sentence-final punctuation. Being short and dense in the story's names, such a
 * line is the nearest neighbour of every sentence on its topic, so in one-to-one mining it takes the partner of
 * the sentence that actually tells the content and pushes that sentence down the other side's ranking. Two
 * independent reports do not share headings, so between two reports a heading is left out of the mining; a
 * translation (whose headings are translated) keeps them: see `index.ts`.
 */
import type { Neighbours } from './knn.ts';
import type { Space } from './space.ts';

/** At most this many words: a heading names a topic; a sentence missing its full stop is longer. */
const MAX_HEADING_WORDS = 8;

/** Whether a sentence reads as a crosshead or byline: short, and not ended as a sentence is. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  const words = t.split(/\s+/u).length;
  // A sentence ends with . ! ? ؟ … or a closing quote or bracket after one; a heading ends with a word.
  return words <= MAX_HEADING_WORDS && /[\p{L}\p{N}]$/u.test(t);
}

/**
 * The space with the heading sentences taken out of the mining: they have no neighbours, they are nobody's
 * neighbour, and each sentence's background is the mean of its remaining neighbours (a heading among them would
 * inflate it, as it does the rank). Undefined when neither text has a heading.
 */
export function withoutHeadings(space: Space, arTexts: readonly string[], enTexts: readonly string[]): Space | undefined {
  const hAr = arTexts.map(isHeading);
  const hEn = enTexts.map(isHeading);
  if (!hAr.includes(true) && !hEn.includes(true)) return undefined;
  const side = (nn: readonly Neighbours[], self: readonly boolean[], other: readonly boolean[], bg: Float32Array) => {
    const outBg = Float32Array.from(bg);
    const outNn = nn.map((nb, s): Neighbours => {
      if (self[s]) return { ids: new Int32Array(0), sims: new Float32Array(0) };
      const keep = [...nb.ids.keys()].filter((t) => !other[nb.ids[t]]);
      if (keep.length === nb.ids.length) return nb;
      const sims = Float32Array.from(keep.map((t) => nb.sims[t]));
      outBg[s] = sims.length ? sims.reduce((a, b) => a + b, 0) / sims.length : 0;
      return { ids: Int32Array.from(keep.map((t) => nb.ids[t])), sims };
    });
    return { nn: outNn, bg: outBg };
  };
  const ar = side(space.ar.nn, hAr, hEn, space.ar.bg);
  const en = side(space.en.nn, hEn, hAr, space.en.bg);
  const blocked = (a0: number, ac: number, e0: number, ec: number): boolean => {
    for (let i = a0; i < a0 + ac; i++) if (hAr[i]) return true;
    for (let j = e0; j < e0 + ec; j++) if (hEn[j]) return true;
    return false;
  };
  const bgOf = (a0: number, ac: number, e0: number, ec: number): number => {
    let s = 0;
    for (let i = a0; i < a0 + ac; i++) s += ar.bg[i];
    let t = 0;
    for (let j = e0; j < e0 + ec; j++) t += en.bg[j];
    return (s / ac + t / ec) / 2;
  };
  return {
    ...space,
    ar: { ...space.ar, nn: ar.nn, bg: ar.bg },
    en: { ...space.en, nn: en.nn, bg: en.bg },
    sim: (a0, ac, e0, ec) => (blocked(a0, ac, e0, ec) ? -1 : space.sim(a0, ac, e0, ec)),
    bg: bgOf,
  };
}
