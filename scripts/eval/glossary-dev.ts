/**
 * Whole-document glossary evaluation: the six TICO-19 documents of glossary-dev against their complete gold
 * glossaries (strict rule of ../shared/data/glossary-dev/README.md and its score.py), and the glossaries of the 15
 * comparable-news-dev pairs (rule of its glossary_score.py). `GLOSSARY_DEV_DUMP=/tmp/x.txt` writes the misses and
 * the unmatched proposals of every document, for reading the errors by cause.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import type { GlossaryRow } from '../../src/glossary/csv.ts';
import { alignTexts, proposeTerms } from '../../src/pipeline.ts';
import { MissingData, readComparableNews, readGoldGlossary, type GoldTerm } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';

const pct = (x: number): string => x.toFixed(3);

// ---- the strict rule of glossary-dev/score.py ----

const STRICT_STRIP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** score.py's norm_ar: diacritics, tatweel and format characters removed, alef forms → ا, ى → ي, ة → ه. */
export function strictArabic(s: string): string {
  return s.replace(STRICT_STRIP, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/\s+/g, ' ').trim();
}

/** score.py's norm_en: curly apostrophes folded, spaces collapsed, case-folded. */
export function strictEnglish(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `gold` occurs in `text` (both normalised), not inside a longer word (score.py's en_occurs). */
function enOccurs(gold: string, text: string): boolean {
  if (!gold) return false;
  return new RegExp(`(?<![0-9a-z\\u00c0-\\u024f])${escape(gold)}(?![0-9a-z\\u00c0-\\u024f])`).test(text);
}

const TYPE: Record<string, string> = { PERSON: 'PER', PER: 'PER', PLACE: 'LOC', LOC: 'LOC', ORG: 'ORG', TERM: 'TERM' };

export interface DocScore {
  gold: number;
  goldMatched: number;
  proposals: number;
  matched: number;
  typeCorrect: number;
  perKind: Map<string, [number, number]>;
  missed: GoldTerm[];
  wrong: GlossaryRow[];
  mistyped: { row: GlossaryRow; kinds: string[] }[];
}

/** The strict scorer: English word-bounded containment, Arabic exact equality after normalisation. */
export function scoreStrict(rows: readonly GlossaryRow[], gold: readonly GoldTerm[]): DocScore {
  const g = gold.map((t) => ({ t, en: t.en.map(strictEnglish), ar: new Set(t.ar.map(strictArabic)), kind: TYPE[t.kind.toUpperCase()] ?? t.kind }));
  const hit = g.map(() => false);
  let matched = 0;
  let typeCorrect = 0;
  const wrong: GlossaryRow[] = [];
  const mistyped: DocScore['mistyped'] = [];
  const props = rows.filter((r) => r.status.trim().toLowerCase() !== 'rejected');
  for (const r of props) {
    const en = strictEnglish(r.en);
    const ar = strictArabic(r.ar);
    const hits = g.flatMap((x, i) => (x.ar.has(ar) && x.en.some((e) => enOccurs(e, en)) ? [i] : []));
    if (hits.length === 0) {
      wrong.push(r);
      continue;
    }
    matched++;
    for (const i of hits) hit[i] = true;
    const type = TYPE[r.type] ?? r.type;
    if (hits.some((i) => g[i].kind === type)) typeCorrect++;
    else mistyped.push({ row: r, kinds: hits.map((i) => g[i].kind) });
  }
  const perKind = new Map<string, [number, number]>();
  g.forEach((x, i) => {
    const k = perKind.get(x.kind) ?? [0, 0];
    k[0] += hit[i] ? 1 : 0;
    k[1]++;
    perKind.set(x.kind, k);
  });
  return { gold: g.length, goldMatched: hit.filter(Boolean).length, proposals: props.length, matched, typeCorrect, perKind, missed: g.filter((_, i) => !hit[i]).map((x) => x.t), wrong, mistyped };
}

// ---- the rule of comparable-news-dev/glossary_score.py ----

const newsEnglish = (s: string): string => ` ${s.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase().replace(/[^\p{L}\p{N}_']+/gu, ' ').trim()} `;
const newsArabic = (s: string): string =>
  ` ${s.normalize('NFKC').replace(/[\u064B-\u0652\u0640]/g, '').replace(/[إأآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/[^\p{L}\p{N}_]+/gu, ' ').trim()} `;

/** glossary_score.py: English alternative contained word-bounded, Arabic alternative a substring. */
export function scoreNews(rows: readonly GlossaryRow[], gold: readonly GoldTerm[]): { found: number; gold: number; good: number; proposals: number; missed: GoldTerm[]; wrong: GlossaryRow[] } {
  const props = rows.filter((r) => (r.status || 'proposed') !== 'rejected');
  const g = gold.map((t) => ({ t, en: t.en.map(newsEnglish), ar: t.ar.map((a) => newsArabic(a).trim()) }));
  const matches = (r: GlossaryRow, x: (typeof g)[number]): boolean => {
    const en = newsEnglish(r.en);
    const ar = newsArabic(r.ar);
    return x.en.some((e) => en.includes(e)) && x.ar.some((a) => ar.includes(a));
  };
  const hit = g.map((x) => props.some((r) => matches(r, x)));
  const wrong = props.filter((r) => !g.some((x) => matches(r, x)));
  return { found: hit.filter(Boolean).length, gold: g.length, good: props.length - wrong.length, proposals: props.length, missed: g.filter((_, i) => !hit[i]).map((x) => x.t), wrong };
}

const showGold = (t: GoldTerm): string => `${t.en.join('|')}\t${t.ar.join('|')}\t${t.kind}`;
const showRow = (r: GlossaryRow): string => `${r.en}\t${r.ar}\t${r.type}\t${r.score}\t${r.count}`;

async function glossaryDev(ctx: RunContext, dump: string[]): Promise<Section> {
  const root = join(ctx.dataDir, 'glossary-dev');
  const title = 'Glossary: glossary-dev (six TICO-19 documents, complete gold, strict rule)';
  if (!existsSync(root)) return { title, figures: [], skipped: `${root} not found` };
  let docs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'glossary.tsv')))
    .map((d) => d.name)
    .sort();
  if (ctx.smoke) docs = docs.slice(0, 1);
  const encoder = createLexicalEncoder();
  const figures: Figure[] = [];
  const total = { gold: 0, goldMatched: 0, proposals: 0, matched: 0, typeCorrect: 0 };
  const kinds = new Map<string, [number, number]>();
  const t0 = Date.now();
  for (const doc of docs) {
    const read = (f: string): string => readFileSync(join(root, doc, f), 'utf8');
    const pair = await alignTexts(read('ar.txt'), read('en.txt'), { encoder, presplit: true });
    const rows = proposeTerms(pair, encoder);
    const s = scoreStrict(rows, readGoldGlossary(ctx.dataDir, `glossary-dev/${doc}/glossary.tsv`));
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
    for (const [k, [h, n]] of s.perKind) {
      const t = kinds.get(k) ?? [0, 0];
      kinds.set(k, [t[0] + h, t[1] + n]);
    }
    figures.push({
      metric: doc,
      value: `R ${pct(s.goldMatched / Math.max(1, s.gold))} P ${pct(s.matched / Math.max(1, s.proposals))}`,
      note: `recall ${s.goldMatched}/${s.gold}, precision ${s.matched}/${s.proposals}, types ${s.typeCorrect}/${s.matched}`,
    });
    dump.push(`## ${doc}`, '# missed', ...s.missed.map(showGold), '# unmatched proposals', ...s.wrong.map(showRow), '# mistyped', ...s.mistyped.map((m) => `${showRow(m.row)}\tgold ${m.kinds.join('/')}`));
    ctx.log(`glossary-dev ${doc}: R ${s.goldMatched}/${s.gold} P ${s.matched}/${s.proposals}`);
  }
  figures.push(
    { metric: 'recall (micro)', value: pct(total.goldMatched / Math.max(1, total.gold)), note: `${total.goldMatched} of ${total.gold} gold rows; by kind: ${[...kinds].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ')}` },
    { metric: 'precision (micro)', value: pct(total.matched / Math.max(1, total.proposals)), note: `${total.matched} of ${total.proposals} proposals` },
    { metric: 'type accuracy', value: pct(total.typeCorrect / Math.max(1, total.matched)), note: `${total.typeCorrect} of ${total.matched} matched proposals` },
    { metric: 'time', value: `${((Date.now() - t0) / 1000).toFixed(1)} s`, note: `${docs.length} documents` },
  );
  return {
    title,
    setting: `Each document aligned presplit (\`alignTexts\`, lexical encoder, FreeDict when installed) and passed to \`proposeTerms\` — what \`glossary --presplit\` writes into a fresh CSV. Strict rule (glossary-dev/score.py): a proposal matches a gold row when a gold English alternative occurs in its English, case-insensitive and word-bounded, and a gold Arabic alternative EQUALS its Arabic after normalisation (diacritics, tatweel, format characters removed; أإآٱ→ا, ى→ي, ة→ه). Micro-averaged over documents.${ctx.smoke ? ' SMOKE: first document only.' : ''}`,
    figures,
  };
}

async function comparableNews(ctx: RunContext, dump: string[]): Promise<Section> {
  const title = 'Glossary: comparable-news-dev (15 news pairs, gold glossaries)';
  let pairs;
  try {
    pairs = readComparableNews(ctx.dataDir);
  } catch (e) {
    if (e instanceof MissingData) return { title, figures: [], skipped: e.message };
    throw e;
  }
  if (ctx.smoke) pairs = pairs.slice(0, 2);
  const encoder = createLexicalEncoder();
  const t = { found: 0, gold: 0, good: 0, proposals: 0 };
  const figures: Figure[] = [];
  for (const p of pairs) {
    const rows = proposeTerms(await alignTexts(p.arText, p.enText, { encoder }), encoder);
    const s = scoreNews(rows, p.glossary);
    t.found += s.found;
    t.gold += s.gold;
    t.good += s.good;
    t.proposals += s.proposals;
    figures.push({ metric: p.name, value: `R ${pct(s.found / Math.max(1, s.gold))} P ${pct(s.good / Math.max(1, s.proposals))}`, note: `recall ${s.found}/${s.gold}, precision ${s.good}/${s.proposals}` });
    dump.push(`## news ${p.name}`, '# missed', ...s.missed.map(showGold), '# unmatched proposals', ...s.wrong.map(showRow));
  }
  figures.push(
    { metric: 'recall (pooled)', value: pct(t.found / Math.max(1, t.gold)), note: `${t.found} of ${t.gold} gold terms` },
    { metric: 'precision (pooled)', value: pct(t.good / Math.max(1, t.proposals)), note: `${t.good} of ${t.proposals} proposals` },
  );
  return {
    title,
    setting: `Each pair segmented and aligned as \`glossary\` does (mode auto, lexical encoder), proposals of \`proposeTerms\`. Rule of comparable-news-dev/glossary_score.py: English alternative contained word-bounded, Arabic alternative a substring, after NFKC and normalisation (harakat, tatweel; إأآ→ا, ى→ي, ة→ه). Pooled over pairs.${ctx.smoke ? ' SMOKE: first 2 pairs only.' : ''}`,
    figures,
  };
}

export const glossaryDevEval: Module = {
  name: 'glossary-dev',
  async run(ctx) {
    const dump: string[] = [];
    const out = [await glossaryDev(ctx, dump), await comparableNews(ctx, dump)];
    if (process.env.GLOSSARY_DEV_DUMP) writeFileSync(process.env.GLOSSARY_DEV_DUMP, dump.join('\n') + '\n');
    return out;
  },
};
