/**
 * Evidence of one event: a verb two sentences share. Two reports of one event share its nouns in most of their
 * sentences (the police, the soldiers, the bank, the pound: the story's topic), but two sentences that tell the
 * same action (opened fire ↔ أطلقت النار, swept away ↔ جرفتهم, accelerated ↔ زادت سرعتها) state the same thing.
 * Like a name or a figure (evidence.ts), a verb says most when it is rare within the document pair. The sets come
 * from the encoder (`Encoder.stems`): only an encoder that reads words into one vocabulary can give them.
 */

import type { SentenceStems } from '../types.ts';

/** The verb an English sentence uses that the Arabic sentence also carries, and how rare it is. */
export interface EventEvidence {
  /** ln(1 + 24 / df) of the rarest shared verb (0 if none), df the sentences of both texts carrying its stem. */
  strongest: number;
  shared: string[];
  /** Further content stems the two sentences share (the action's participants). */
  others: number;
}

/*
 * Verbs that frame a news sentence rather than tell its event (saying, reporting) or that carry little of their
 * own (light verbs): a report says "told", "said", "reported" in every other sentence, whatever it reports.
 * As stems (stemEnglish).
 */
const FRAME_VERBS = new Set(['sai', 'tell', 'report', 'add', 'state', 'note', 'quot', 'cite', 'describ', 'explain', 'be', 'have', 'do', 'make', 'take', 'come', 'go', 'get', 'give', 'keep', 'put', 'set', 'us']);

/** Same constant as the names and numbers of evidence.ts: an item in one sentence of each text weighs 2.56. */
const RARE = 24;

/** No shared event. */
export const NO_EVENT: EventEvidence = { strongest: 0, shared: [], others: 0 };
const NONE = NO_EVENT;

/** Event evidence for every sentence pair, computed once per text pair: `(i, j) => EventEvidence`. */
export function eventEvidence(ar: readonly SentenceStems[], en: readonly SentenceStems[]): (i: number, j: number) => EventEvidence {
  // Sentences of both texts carrying each stem, in one pass (not a scan of every sentence per stem looked up).
  const df = new Map<string, number>();
  for (const x of [...ar, ...en]) for (const s of x.all) df.set(s, (df.get(s) ?? 0) + 1);
  const count = (s: string): number => df.get(s) ?? 0;
  return (i, j) => {
    const a = ar[i];
    const e = en[j];
    if (!a || !e) return NONE;
    let strongest = 0;
    const shared: string[] = [];
    for (const v of e.verbs) {
      if (FRAME_VERBS.has(v) || !a.all.has(v)) continue;
      shared.push(v);
      strongest = Math.max(strongest, Math.log(1 + RARE / Math.max(2, count(v))));
    }
    // The action with one of its participants (police + opened fire, soldiers + accelerated): a verb alone is no
    // statement (the sample pair's fragment لضمان تنفيذ ذلك "to ensure it is implemented" ↔ "implementing plans").
    const others = shared.length ? [...e.all].filter((w) => !shared.includes(w) && a.all.has(w)).length : 0;
    if (!others) return NONE;
    return { strongest, shared, others };
  };
}
