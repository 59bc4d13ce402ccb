/**
 * Glossary evaluation: the sample pair against a reviewer's gold (test/fixtures), and TICO-19 against its three
 * term lists and the MUSE dictionary (evaluation only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripProclitics } from '../../src/arabic/clitics.ts';
import { normalizeArabic } from '../../src/arabic/normalize.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { stemEnglish } from '../../src/english/stem.ts';
import { EN_STOPWORDS } from '../../src/english/stopwords.ts';
import type { GlossaryRow } from '../../src/glossary/csv.ts';
import { MATCHING_RULE, scoreAgainstGold, type GoldPair } from '../../src/glossary/gold.ts';
import { alignTexts, proposeTerms } from '../../src/pipeline.ts';
import { MissingData, readMuse, readTicoTerms, ticoDocuments } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pct = (x: number): string => x.toFixed(3);

async function sample(): Promise<Section> {
  const gold = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/seoul-talks.glossary-gold.json'), 'utf8')) as { expected: GoldPair[]; acceptable: GoldPair[] };
  const read = (lang: string): string => readFileSync(join(ROOT, `corpus/seoul-talks.${lang}.txt`), 'utf8');
  const encoder = createLexicalEncoder();
  const rows = proposeTerms(await alignTexts(read('ar'), read('en'), { encoder }), encoder);
  const s = scoreAgainstGold(rows, gold.expected, gold.acceptable);
  const typed = gold.expected.filter((g) => rows.some((r) => scoreAgainstGold([r], [g]).found === 1 && r.type === g.type)).length;
  return {
    title: 'Glossary: sample pair (corpus/seoul-talks) against a reviewer’s gold',
    setting: `Proposals of \`npm start\` (lexical encoder, default settings) against test/fixtures/seoul-talks.glossary-gold.json: recall over "expected", precision over expected ∪ "acceptable". Matching: ${MATCHING_RULE}`,
    figures: [
      { metric: 'recall', value: pct(s.recall), note: `${s.found} of ${s.expected}${s.missed.length ? `; missed: ${s.missed.map((m) => m.en).join(', ')}` : ''}` },
      { metric: 'precision', value: pct(s.precision), note: `${s.correct} of ${s.proposed} rows${s.wrong.length ? `; wrong: ${s.wrong.map((w) => `${w.en} ↔ ${w.ar}`).join('; ')}` : ''}` },
      { metric: 'type agreement', value: pct(typed / Math.max(1, s.found)), note: `${typed} of ${s.found} found pairs typed as the gold says` },
    ],
  };
}

/** TICO matching is looser than the sample's: term lists give lemma/definite forms, texts inflect. */
const TICO_RULE =
  'English: case-folded, punctuation dropped, every word Porter-stemmed (cases = case). Arabic: normalised, first word\'s leading conjunction/preposition stripped, the article ال dropped from every word (الحالات المؤكدة = حالات مؤكدة). A term-list pair "occurs" when both keys occur in one aligned TICO segment pair (as word sequences).';

function enKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stemEnglish)
    .join(' ');
}

function arWords(s: string, stripFirstOnly: boolean): string[] {
  const words = normalizeArabic(s).replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
  return words.map((w, i) => {
    const x = i === 0 || !stripFirstOnly ? stripProclitics(w) : w;
    return x.startsWith('ال') && x.length >= 4 ? x.slice(2) : x;
  });
}

const arKey = (s: string): string => arWords(s, true).join(' ');
const has = (hay: string, needle: string): boolean => needle.length > 0 && ` ${hay} `.includes(` ${needle} `);

interface Proposal {
  en: string;
  ar: string;
  score: number;
  count: number;
}

async function tico(ctx: RunContext): Promise<Section[]> {
  let docs;
  let terms;
  let muse: { ar: string; en: string }[];
  try {
    docs = [...ticoDocuments(ctx.dataDir).entries()];
    terms = readTicoTerms(ctx.dataDir);
    muse = readMuse(ctx.dataDir, 'ar-en.txt');
  } catch (e) {
    if (e instanceof MissingData) return [{ title: 'Glossary: TICO-19 term lists', figures: [], skipped: e.message }];
    throw e;
  }
  if (ctx.smoke) docs = docs.slice(0, 3);
  // Term-list pairs by key; which of them occur on both sides of one segment pair.
  const termKeys = new Map<string, { en: string; ar: string; sources: Set<string> }>();
  for (const t of terms) {
    const k = `${enKey(t.en)}\u0000${arKey(t.ar)}`;
    const e = termKeys.get(k) ?? { en: t.en, ar: t.ar, sources: new Set<string>() };
    e.sources.add(t.source);
    termKeys.set(k, e);
  }
  const occurring = new Set<string>();
  const segKeys = docs.flatMap(([, segs]) => segs.map((s) => ({ en: enKey(s.en), ar: arWords(s.ar, false).join(' ') })));
  for (const [k] of termKeys) {
    const [e, a] = k.split('\u0000');
    if (segKeys.some((s) => has(s.en, e) && has(s.ar, a))) occurring.add(k);
  }

  const encoder = createLexicalEncoder();
  const proposals = new Map<string, Proposal>();
  let rows = 0;
  const t0 = Date.now();
  for (const [id, segs] of docs) {
    const pair = await alignTexts(segs.map((s) => s.ar).join('\n'), segs.map((s) => s.en).join('\n'), { encoder, presplit: true });
    const out: GlossaryRow[] = proposeTerms(pair, encoder);
    rows += out.length;
    for (const r of out) {
      const k = `${enKey(r.en)}\u0000${arKey(r.ar)}`;
      const p = proposals.get(k);
      const score = Number(r.score);
      if (!p) proposals.set(k, { en: r.en, ar: r.ar, score, count: Number(r.count) });
      else proposals.set(k, { ...p, score: Math.max(p.score, score), count: p.count + Number(r.count) });
    }
    ctx.log(`glossary tico ${id}: ${out.length} rows`);
  }
  const seconds = (Date.now() - t0) / 1000;

  const found = [...occurring].filter((k) => proposals.has(k));
  const fbOccurring = [...occurring].filter((k) => termKeys.get(k)!.sources.has('f_en-ar_AR.csv'));
  const fbFound = fbOccurring.filter((k) => proposals.has(k));

  // MUSE: English word → canonical Arabic words.
  const museMap = new Map<string, Set<string>>();
  for (const m of muse) {
    const e = stemEnglish(m.en.toLowerCase());
    const set = museMap.get(e) ?? new Set<string>();
    set.add(arWords(m.ar, false)[0] ?? '');
    museMap.set(e, set);
  }
  const museJudges = (p: Proposal): boolean => {
    const en = p.en.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !EN_STOPWORDS.has(w)).map(stemEnglish);
    const ar = arWords(p.ar, false);
    if (en.length === 0 || ar.length === 0) return false;
    const covered = new Set<number>();
    for (const e of en) {
      const tr = museMap.get(e);
      if (!tr) return false;
      const hits = ar.flatMap((a, i) => (tr.has(a) ? [i] : []));
      if (hits.length === 0) return false;
      hits.forEach((i) => covered.add(i));
    }
    return covered.size === ar.length;
  };
  const ranked = [...proposals.entries()].sort((a, b) => b[1].score - a[1].score || b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const top = ranked.slice(0, 100);
  const byList = top.filter(([k]) => termKeys.has(k)).length;
  const byMuse = top.filter(([k, p]) => !termKeys.has(k) && museJudges(p)).length;
  if (process.env.GLOSSARY_EVAL_DUMP) {
    const lines = [
      '# missed',
      ...[...occurring].filter((k) => !proposals.has(k)).map((k) => `${termKeys.get(k)!.en}\t${termKeys.get(k)!.ar}`),
      '# top',
      ...top.map(([k, p]) => `${termKeys.has(k) ? 'LIST' : museJudges(p) ? 'MUSE' : 'WRONG?'}\t${p.en}\t${p.ar}\t${p.score}\t${p.count}`),
    ];
    writeFileSync(process.env.GLOSSARY_EVAL_DUMP, lines.join('\n') + '\n');
  }
  const figures: Figure[] = [
    { metric: 'documents', value: String(docs.length), note: `${docs.reduce((n, [, s]) => n + s.length, 0)} segment pairs, aligned presplit through the pipeline; ${rows} rows proposed, ${proposals.size} distinct pairs; ${seconds.toFixed(1)} s` },
    { metric: 'term-list pairs occurring on both sides', value: String(occurring.size), note: `of ${termKeys.size} distinct pairs in the three lists; Facebook list (f_en-ar_AR.csv): ${fbOccurring.length}` },
    { metric: 'recall (all lists)', value: pct(found.length / Math.max(1, occurring.size)), note: `${found.length} of ${occurring.size}` },
    { metric: 'recall (Facebook list)', value: pct(fbFound.length / Math.max(1, fbOccurring.length)), note: `${fbFound.length} of ${fbOccurring.length}` },
    { metric: `precision of the top ${top.length}`, value: pct((byList + byMuse) / Math.max(1, top.length)), note: `${byList} in a term list + ${byMuse} confirmed word by word by MUSE; the rest counted wrong (a lower bound: a right pair neither resource knows counts wrong)` },
  ];
  return [
    {
      title: 'Glossary: TICO-19 against its term lists and MUSE',
      setting: `Each TICO-19 document aligned presplit by \`alignTexts\` (lexical encoder) and passed to \`proposeTerms\`; proposals pooled over documents (top 100 by score, then count). ${TICO_RULE} MUSE judges a pair when every English content word has a MUSE translation among the Arabic words and every Arabic word is such a translation. MUSE is CC-BY-NC: evaluation only.${ctx.smoke ? ' SMOKE: first 3 documents only.' : ''}`,
      figures,
    },
  ];
}

export const glossaryEval: Module = {
  name: 'glossary',
  async run(ctx) {
    return [await sample(), ...(await tico(ctx))];
  },
};
