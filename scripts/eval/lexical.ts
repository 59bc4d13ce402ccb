/**
 * The offline lexical encoder: sentence retrieval (Tatoeba, TICO-19) and name matching (Wikidata, Google),
 * each as P@1 both ways with plain cosine and ratio margin, and as the share one-to-one mining pairs correctly.
 */
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { LexicalEncoder } from '../../src/encode/lexical.ts';
import { DEFAULT_SENSE_WEIGHTS, loadFreedictAgreement, type SenseWeights } from '../../src/lexicon/senses.ts';
import { loadFreedictPairs } from '../../src/lexicon/freedict.ts';
import type { LexiconPair } from '../../src/lexicon/lexicon.ts';
import { learnedSimilarity, nameSimilarity } from '../../src/names/key.ts';
import { alignTexts } from '../../src/pipeline.ts';
import { loadShippedPairs } from '../../src/lexicon/load.ts';
import { MissingData, readComparableNews, readGoogleNames, readTatoeba, readTico, readWikidataNames, type NamePair } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';
import { evenSample, greedyPairs, minedShare, ratioMargin, retrievalScores, similarityMatrix, type RetrievalScores } from './retrieval.ts';

interface Variant {
  label: string;
  make(): LexicalEncoder;
}

function variants(): Variant[] {
  // LEXICON_DIR lets a developer measure lexicon files that are not committed yet (not the product variant).
  const shipped = (): LexiconPair[] => loadShippedPairs(process.env.LEXICON_DIR || undefined);
  return [
    // Built as the product builds it (encode/factory.ts): core lexicon, FreeDict, dialect, countries, quantities.
    { label: 'core + FreeDict', make: () => createLexicalEncoder() },
    { label: 'core only', make: () => createLexicalEncoder({ freedict: false }) },
    { label: 'exact name keys only', make: () => new LexicalEncoder(shipped(), { fallback: loadFreedictPairs(), nameGramWeight: 0 }) },
  ];
}

/** FreeDict sense weights tried against the default (`DEFAULT_SENSE_WEIGHTS`): the table in docs/ENCODER-LEXICAL.md. */
const SENSE_CHOICES: { label: string; weights: SenseWeights }[] = [
  { label: 'lone FreeDict senses ×0.5', weights: { extra: 0, lone: 0.5 } },
  { label: 'lone FreeDict senses ×0.2', weights: { extra: 0, lone: 0.2 } },
  { label: 'FreeDict senses beside core ones at 0.1 (lone ×0.2)', weights: { extra: 0.1, lone: 0.2 } },
  { label: 'FreeDict senses beside core ones at 0.2 (lone ×0.5)', weights: { extra: 0.2, lone: 0.5 } },
];

function senseEncoder(weights: SenseWeights): LexicalEncoder {
  return new LexicalEncoder(loadShippedPairs(), { fallback: loadFreedictPairs(), agreement: loadFreedictAgreement(), senseWeights: weights });
}

/** Mining (cosine / margin) on Tatoeba and TICO-19 for each sense-weight choice. */
async function senseSection(ctx: RunContext, n: number): Promise<Section> {
  const title = 'Lexical encoder: FreeDict sense weights';
  let sets: [string, { ar: string; en: string }[]][];
  try {
    sets = [
      ['Tatoeba', readTatoeba(ctx.dataDir).slice(0, n)],
      ['TICO-19', evenSample(readTico(ctx.dataDir), n)],
    ];
  } catch (e) {
    if (e instanceof MissingData) return { title, figures: [], skipped: e.message };
    throw e;
  }
  const out: Figure[] = [];
  for (const { label, weights } of [{ label: `default (extra ${DEFAULT_SENSE_WEIGHTS.extra}, lone ×${DEFAULT_SENSE_WEIGHTS.lone})`, weights: DEFAULT_SENSE_WEIGHTS }, ...SENSE_CHOICES]) {
    ctx.log(`   ${title}: ${label}`);
    const cells: string[] = [];
    for (const [, pairs] of sets) {
      const s = await scorePairs(senseEncoder(weights), pairs);
      cells.push(`${pct(s.minedCos)} / ${pct(s.minedMargin)}`);
    }
    out.push({ metric: `${label}: mining cosine / margin, Tatoeba; TICO-19`, value: cells.join('; ') });
  }
  return { title, setting: `core + FreeDict with the FreeDict agreement; the same ${n} Tatoeba and ${n} TICO-19 pairs as above.`, figures: out };
}

/**
 * What the encoder does not know: the share of Arabic content words (stopwords and numbers aside) no lexicon or
 * dialect table knows, on comparable-news-dev and TICO-19; and, of those, how many the English side spells as
 * a name (the name key reads them). And how comparable-news-dev's strong gold links fare: the share whose English
 * sentence is the Arabic one's nearest, and the share one-to-one mining pairs, per article pair.
 */
async function coverageSection(ctx: RunContext): Promise<Section> {
  const title = 'Lexical encoder: coverage and comparable news';
  const enc = createLexicalEncoder();
  const out: Figure[] = [];
  const sets: [string, () => { ar: string; en: string }[]][] = [
    ['comparable-news-dev', () => readComparableNews(ctx.dataDir).map((p) => ({ ar: p.arText, en: p.enText }))],
    ['TICO-19', () => readTico(ctx.dataDir).map((s) => ({ ar: s.ar, en: s.en }))],
  ];
  for (const [label, load] of sets) {
    let docs: { ar: string; en: string }[];
    try {
      docs = load();
    } catch (e) {
      if (e instanceof MissingData) continue;
      throw e;
    }
    let content = 0;
    let unknown = 0;
    let named = 0;
    for (const d of docs) {
      const capitals = [...new Set((d.en.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')))];
      for (const line of d.ar.split('\n')) {
        const r = enc.arabicUnknownWords(line);
        content += r.content;
        unknown += r.unknown.length;
        named += r.unknown.filter((w) => capitals.some((c) => learnedSimilarity(c, w) >= NAME_MATCH)).length;
      }
    }
    out.push({ metric: `${label}: Arabic content words no lexicon knows`, value: `${((100 * unknown) / content).toFixed(2)} %`, note: `${unknown} of ${content} (stopwords and numbers aside)` });
    out.push({ metric: `${label}: … of which not a name the English side spells`, value: `${((100 * (unknown - named)) / content).toFixed(2)} %`, note: `${unknown - named} of ${content}; a name: learned similarity ≥ ${NAME_MATCH} to a capitalised English word of the same text` });
  }
  try {
    let nearest = 0;
    let mined = 0;
    let n = 0;
    for (const pair of readComparableNews(ctx.dataDir)) {
      const e = createLexicalEncoder();
      const m = similarityMatrix(await e.encode(pair.ar.map((x) => x.text), 'ar'), await e.encode(pair.en.map((x) => x.text), 'en'));
      const pairs = new Set(greedyPairs(m).map(([i, j]) => `${i}:${j}`));
      for (const l of pair.links) {
        if (l.strength !== 'strong') continue;
        n++;
        let best = 0;
        for (let j = 1; j < m.cols; j++) if (m.values[l.ar * m.cols + j] > m.values[l.ar * m.cols + best]) best = j;
        if (best === l.en) nearest++;
        if (pairs.has(`${l.ar}:${l.en}`)) mined++;
      }
    }
    out.push({ metric: 'comparable-news-dev strong links: English sentence nearest / paired by mining', value: `${pct(nearest / n)} / ${pct(mined / n)}`, note: `${n} strong gold links, 15 article pairs, cosine within each pair` });
  } catch (e) {
    if (!(e instanceof MissingData)) throw e;
  }
  return { title, setting: 'core + FreeDict, as the product builds it (encode/factory.ts).', figures: out };
}

/** Learned name similarity from which an unknown Arabic word counts as a name the English text spells. */
const NAME_MATCH = 0.7;

const pct = (x: number): string => x.toFixed(3);

function figures(label: string, s: RetrievalScores): Figure[] {
  return [
    { metric: `${label}: P@1 ar→en / en→ar, cosine`, value: `${pct(s.cosArEn)} / ${pct(s.cosEnAr)}` },
    { metric: `${label}: P@1 ar→en / en→ar, margin`, value: `${pct(s.marginArEn)} / ${pct(s.marginEnAr)}`, note: 'ratio margin, k=4' },
    { metric: `${label}: paired correctly by mining, cosine / margin`, value: `${pct(s.minedCos)} / ${pct(s.minedMargin)}`, note: 'one-to-one, best first' },
  ];
}

/**
 * Through the product: `align --presplit --mode comparable` on the Arabic lines against the English lines in a
 * shuffled order (mining floors kept or dropped, names paired by spelling or not, as the aligner decides: the
 * note says which). Pairs left unaligned count as misses.
 */
async function throughAligner(pairs: readonly { ar: string; en: string }[]): Promise<Figure> {
  const oneLine = (t: string): string => t.replace(/\s+/g, ' ');
  const perm = pairs.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009) || a - b);
  const aligned = await alignTexts(pairs.map((p) => oneLine(p.ar)).join('\n'), perm.map((i) => oneLine(pairs[i].en)).join('\n'), {
    encoder: variants()[0].make(),
    presplit: true,
    mode: 'comparable',
  });
  const links = aligned.alignment.links.filter((l) => l.ar.length && l.en.length);
  const right = links.filter((l) => l.ar.length === 1 && l.en.length === 1 && perm[l.en[0]] === l.ar[0]).length;
  const how = aligned.alignment.reason.replace(/^requested; /, '');
  return { metric: 'align --presplit --mode comparable: paired correctly', value: pct(right / pairs.length), note: `core + FreeDict; ${links.length} links made, default thresholds; ${how}` };
}

async function scorePairs(enc: LexicalEncoder, pairs: readonly { ar: string; en: string }[]): Promise<RetrievalScores> {
  const ar = await enc.encode(pairs.map((p) => p.ar), 'ar');
  const en = await enc.encode(pairs.map((p) => p.en), 'en');
  return retrievalScores(ar, en);
}

async function sentenceSection(ctx: RunContext, title: string, setting: string, load: () => { ar: string; en: string }[]): Promise<Section> {
  let pairs: { ar: string; en: string }[];
  try {
    pairs = load();
  } catch (e) {
    if (e instanceof MissingData) return { title, figures: [], skipped: e.message };
    throw e;
  }
  const out: Figure[] = [];
  for (const v of variants()) {
    ctx.log(`   ${title}: ${v.label}`);
    out.push(...figures(v.label, await scorePairs(v.make(), pairs)));
  }
  out.push(await throughAligner(pairs));
  return { title, setting: `${setting} ${pairs.length} pairs.`, figures: out };
}

/**
 * Distinct names: one spelling per side, so that a pair's partner is unambiguous. English is capitalised the
 * way it appears in running text (the lists are lower case).
 */
function distinctNames(names: readonly NamePair[], n: number): { ar: string; en: string }[] {
  const seenAr = new Set<string>();
  const seenEn = new Set<string>();
  const out: { ar: string; en: string }[] = [];
  for (const p of names) {
    const en = p.en.trim().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const ar = p.ar.trim();
    if (!en || !ar || seenAr.has(ar) || seenEn.has(en.toLowerCase())) continue;
    seenAr.add(ar);
    seenEn.add(en.toLowerCase());
    out.push({ ar, en });
  }
  return evenSample(out, n);
}

async function namesSection(ctx: RunContext, title: string, load: () => NamePair[], n: number): Promise<Section> {
  let names: { ar: string; en: string }[];
  try {
    names = distinctNames(load(), n);
  } catch (e) {
    if (e instanceof MissingData) return { title, figures: [], skipped: e.message };
    throw e;
  }
  ctx.log(`   ${title}`);
  const out: Figure[] = [];
  for (const v of [variants()[0], variants()[2]]) out.push(...figures(v.label, await scorePairs(v.make(), names)));
  out.push(await throughAligner(names));
  // The same pairing by a name similarity score instead of vectors (what a name matcher can use directly).
  for (const [label, sim] of [
    ['consonant key, unit edit costs', nameSimilarity],
    ['vowel key, learned edit costs', learnedSimilarity],
  ] as const) {
    const n = names.length;
    const values = new Float32Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) values[i * n + j] = sim(names[j].en, names[i].ar);
    const m = { rows: n, cols: n, values };
    out.push({
      metric: `${label}: paired correctly by mining, score / margin`,
      value: `${pct(minedShare(m))} / ${pct(minedShare(ratioMargin(m)))}`,
      note: 'similarity score, not vectors; ratio margin k=4',
    });
  }
  return {
    title,
    setting: `${names.length} distinct dev names, one a line, Arabic list against the English list (order irrelevant to mining); only the name key can match them.`,
    figures: out,
  };
}

export const lexicalEval: Module = {
  name: 'lexical',
  async run(ctx) {
    const n = ctx.smoke ? 100 : 1000;
    return [
      await sentenceSection(ctx, 'Lexical encoder: Tatoeba retrieval', 'LASER Tatoeba ara-eng test, first', () => readTatoeba(ctx.dataDir).slice(0, n)),
      await sentenceSection(ctx, 'Lexical encoder: TICO-19 retrieval', 'TICO-19 segments, an even sample (every ⌊3071/n⌋-th) of', () => evenSample(readTico(ctx.dataDir), n)),
      await namesSection(ctx, 'Lexical encoder: Wikidata person names (dev)', () => readWikidataNames(ctx.dataDir, 'dev'), n),
      await namesSection(ctx, 'Lexical encoder: Google ar→en names (dev)', () => readGoogleNames(ctx.dataDir, 'dev'), n),
      await coverageSection(ctx),
      await senseSection(ctx, n),
    ];
  },
};
