/**
 * Reads the glossary's errors by cause on glossary-dev (strict rule) and, with `--news`, comparable-news-dev:
 * every missed gold row as no English candidate, no Arabic span, candidates never paired, paired with other
 * Arabic boundaries, or paired and dropped (by which rule); every unmatched proposal as a boundary error on either
 * side or a pair the gold does not list. Prints counts, then the rows of each cause (`--list`).
 *
 *   npx tsx scripts/glossary-causes.ts [--data ../shared/data] [--list] [--news] [--doc NAME]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripProclitics } from '../src/arabic/clitics.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { termCandidates } from '../src/english/phrases.ts';
import { buildGlossary } from '../src/glossary/build.ts';
import { rowFromTerm, type GlossaryRow } from '../src/glossary/csv.ts';
import { alignTexts } from '../src/pipeline.ts';
import { tokenize } from '../src/tokenize.ts';
import { readComparableNews, readGoldGlossary, type GoldTerm } from './data.ts';
import { strictArabic, strictEnglish } from './eval/glossary-dev.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = opt('--data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const list = args.includes('--list');
// Every proposal, TP or FP, one per line (for comparing two runs).
const all = args.includes('--all');
const onlyDoc = opt('--doc');
// Every dropped pair with its rule, the pair that won over it, and whether it would have matched a gold row.
const drops = args.includes('--drops');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enOccurs = (gold: string, text: string): boolean => new RegExp(`(?<![0-9a-z\\u00c0-\\u024f])${escape(gold)}(?![0-9a-z\\u00c0-\\u024f])`).test(text);

interface Traced {
  en: string;
  ar: string;
  score: number;
  count: number;
  why?: string;
  because?: string;
}

/** Every Arabic word span of the sentences in the strict normal form, the first word also clitic-stripped. */
function arabicSpans(sentences: readonly string[], max = 7): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const toks = tokenize(s, 'ar');
    for (let i = 0; i < toks.length; i++) {
      const heads = new Set([toks[i].text, stripProclitics(toks[i].text), toks[i].text.replace(/^[وفبلك]/, '')]);
      for (const h of heads) {
        let t = h;
        out.add(strictArabic(t));
        for (let j = i + 1; j < Math.min(toks.length, i + max); j++) {
          const gap = s.slice(toks[j - 1].end, toks[j].start);
          if (!/^[\s\-\u0640]*$/.test(gap)) break;
          t += (gap.includes('-') ? '-' : ' ') + toks[j].text;
          out.add(strictArabic(t));
        }
      }
    }
  }
  return out;
}

interface Doc {
  name: string;
  ar: string;
  en: string;
  presplit: boolean;
  gold: GoldTerm[];
  /** Strict Arabic equality (glossary-dev) or substring containment (news). */
  strict: boolean;
}

const newsAr = (s: string): string => ` ${strictArabic(s).replace(/[^\p{L}\p{N}_]+/gu, ' ').trim()} `;

async function analyse(doc: Doc, tally: Map<string, string[]>, fps: Map<string, string[]>): Promise<void> {
  const encoder = createLexicalEncoder();
  const pair = await alignTexts(doc.ar, doc.en, { encoder, presplit: doc.presplit });
  const links = pair.alignment.links.filter((l) => l.ar.length && l.en.length && l.kind !== 'related');
  // Every scored pair's fate: the dropped ones with their rule (--explain's record), the proposals without one.
  const traced: Traced[] = [];
  const terms = buildGlossary({ ar: pair.ar, en: pair.en, links, lexicon: encoder, onDrop: (d) => traced.push({ en: d.en, ar: d.ar, score: d.score, count: d.count, why: d.rule, because: d.because }) });
  for (const t of terms) traced.push({ en: t.en, ar: t.ar, score: t.score, count: t.count });
  const rows: GlossaryRow[] = terms.map(rowFromTerm);
  const enCands = new Set<string>();
  for (const s of pair.en) for (const c of termCandidates(s.text)) enCands.add(strictEnglish(c.text));
  const enText = strictEnglish(pair.en.map((s) => s.text).join('\n'));
  const arSpans = arabicSpans(pair.ar.map((s) => s.text));
  const arEq = (gold: string, ar: string): boolean => (doc.strict ? strictArabic(gold) === strictArabic(ar) : newsAr(ar).includes(newsAr(gold)));
  const enHit = (t: GoldTerm, en: string): boolean => t.en.some((e) => enOccurs(strictEnglish(e), strictEnglish(en)));
  const matches = (t: GoldTerm, en: string, ar: string): boolean => enHit(t, en) && t.ar.some((a) => arEq(a, ar));
  const show = (t: GoldTerm): string => `${doc.name}\t${t.en.join('|')}\t${t.ar.join('|')}\t${t.kind}`;
  const add = (m: Map<string, string[]>, cause: string, line: string): void => {
    m.set(cause, [...(m.get(cause) ?? []), line]);
  };
  for (const t of doc.gold) {
    if (rows.some((r) => matches(t, r.en, r.ar))) {
      add(tally, 'matched', show(t));
      continue;
    }
    const paired = traced.filter((x) => matches(t, x.en, x.ar));
    if (paired.length) {
      const best = paired.sort((a, b) => b.score - a.score)[0];
      add(tally, `paired, dropped: ${best.why}`, `${show(t)}\t→ ${best.en} ↔ ${best.ar} s=${best.score.toFixed(2)} n=${best.count}`);
      continue;
    }
    const sameEn = traced.filter((x) => t.en.some((e) => strictEnglish(e) === strictEnglish(x.en)));
    if (sameEn.length) {
      const best = sameEn.sort((a, b) => b.score - a.score)[0];
      const arFound = t.ar.some((a) => arSpans.has(strictArabic(a)));
      add(tally, arFound ? 'paired, other Arabic' : 'paired, other Arabic (gold span not a word span)', `${show(t)}\t→ ${best.ar} (${best.why ?? 'kept'})`);
      continue;
    }
    const enCand = t.en.some((e) => enCands.has(strictEnglish(e)));
    const enPresent = t.en.some((e) => enOccurs(strictEnglish(e), enText));
    const arFound = t.ar.some((a) => arSpans.has(strictArabic(a)));
    const cause = !enCand ? (enPresent ? 'no English candidate' : 'English not in text as written') : !arFound ? 'no Arabic span' : 'candidates, never paired';
    const containing = traced.filter((x) => enHit(t, x.en)).sort((a, b) => b.score - a.score)[0];
    add(tally, cause, `${show(t)}${containing ? `\t(in ${containing.en} ↔ ${containing.ar}: ${containing.why ?? 'kept'})` : ''}`);
  }
  if (drops) for (const x of traced) if (x.why) add(fps, `DROP ${x.why}`, `${doc.name}\t${x.en}\t${x.ar}\t${doc.gold.some((t) => matches(t, x.en, x.ar)) ? 'GOLD' : '-'}\t${x.score}\t${x.count}\t${x.because ?? ''}`);
  for (const r of rows) {
    if (doc.gold.some((t) => matches(t, r.en, r.ar))) {
      add(fps, 'TP', `${doc.name}\t${r.en}\t${r.ar}\t${r.type}\t${r.score}\t${r.count}`);
      continue;
    }
    const enGold = doc.gold.find((t) => enHit(t, r.en));
    const arGold = doc.gold.find((t) => t.ar.some((a) => arEq(a, r.ar)));
    const cause = enGold ? 'FP: English of a gold row, other Arabic' : arGold ? 'FP: Arabic of a gold row, other English' : /^\p{Lu}/u.test(r.en) ? 'FP: not in gold (capitalised)' : r.en.includes(' ') ? 'FP: not in gold (multiword)' : 'FP: not in gold (one word)';
    add(fps, cause, `${doc.name}\t${r.en}\t${r.ar}\t${r.type}\t${r.score}\t${r.count}${enGold ? `\tgold ${enGold.ar.join('|')}` : arGold ? `\tgold ${arGold.en.join('|')}` : ''}`);
  }
}

async function main(): Promise<void> {
  const docs: Doc[] = [];
  if (args.includes('--news')) {
    for (const p of readComparableNews(dataDir)) docs.push({ name: p.name, ar: p.arText, en: p.enText, presplit: false, gold: p.glossary, strict: false });
  } else {
    const root = join(dataDir, 'glossary-dev');
    for (const d of readdirSync(root).filter((d) => existsSync(join(root, d, 'glossary.tsv'))).sort()) {
      docs.push({ name: d, ar: readFileSync(join(root, d, 'ar.txt'), 'utf8'), en: readFileSync(join(root, d, 'en.txt'), 'utf8'), presplit: true, gold: readGoldGlossary(dataDir, `glossary-dev/${d}/glossary.tsv`), strict: true });
    }
  }
  const tally = new Map<string, string[]>();
  const fps = new Map<string, string[]>();
  for (const d of docs) if (!onlyDoc || d.name === onlyDoc) await analyse(d, tally, fps);
  if (drops) {
    for (const [cause, lines] of fps) if (cause.startsWith('DROP')) for (const l of lines) console.log(`${cause}\t${l}`);
    return;
  }
  if (all) {
    for (const [cause, lines] of fps) for (const l of lines) console.log(`${cause.startsWith('TP') ? 'TP' : 'FP'}\t${l}`);
    return;
  }
  for (const m of [tally, fps]) {
    for (const [cause, lines] of [...m].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`${String(lines.length).padStart(4)}  ${cause}`);
      if (list && cause !== 'matched' && cause !== 'TP') for (const l of lines) console.log(`        ${l}`);
    }
  }
}

await main();
