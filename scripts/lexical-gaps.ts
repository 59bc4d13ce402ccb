/**
 * What the lexical encoder misses on the dev sets, for a developer writing lexicon entries (nothing is written to
 * the repository): the three figures issue #16 tracks (Tatoeba mining, TICO-19 mining, unknown-word share of
 * comparable-news-dev), then lists — unknown Arabic content words by frequency, and, over Tatoeba's gold pairs,
 * the Arabic words sharing no feature with their English partner and the English words sharing none with the
 * Arabic sentence, with the missed pairs themselves.
 *
 *   npx tsx scripts/lexical-gaps.ts [--data ../shared/data] [--list N] [--figures-only] [--set tatoeba|comparable|tico]
 */
import { createLexicalEncoder } from '../src/encode/factory.ts';
import type { LexicalEncoder } from '../src/encode/lexical.ts';
import type { FeatureCounts } from '../src/encode/sums.ts';
import { tokenize } from '../src/tokenize.ts';
import { readComparableNews, readTatoeba, readTico } from './data.ts';
import { evenSample, greedyPairs, ratioMargin, similarityMatrix } from './eval/retrieval.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? args[k + 1] : dflt;
};
const dataDir = opt('--data', '../shared/data');
const listN = Number(opt('--list', '60'));
const figuresOnly = args.includes('--figures-only');
const only = opt('--set', '');

async function mining(enc: LexicalEncoder, pairs: readonly { ar: string; en: string }[]): Promise<{ cos: number; margin: number; missed: [number, number][] }> {
  const m = similarityMatrix(await enc.encode(pairs.map((p) => p.ar), 'ar'), await enc.encode(pairs.map((p) => p.en), 'en'));
  const cosPairs = greedyPairs(m);
  const marginPairs = greedyPairs(ratioMargin(m));
  const share = (ps: [number, number][]): number => ps.filter(([i, j]) => i === j).length / pairs.length;
  return { cos: share(cosPairs), margin: share(marginPairs), missed: marginPairs.filter(([i, j]) => i !== j) };
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => `${w} ${c}`)
    .join(' · ');
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Words of one side whose features meet none of the other sentence's. Arabic words inside a phrase entry of the
 * project's lexicon (من فضلك please) are taken together, as the encoder reads them.
 */
function unmatched(enc: LexicalEncoder, text: string, lang: 'ar' | 'en', other: FeatureCounts): string[] {
  const out: string[] = [];
  const tokens = tokenize(text, lang).map((t) => t.text);
  for (let i = 0; i < tokens.length; i++) {
    let unit = tokens[i];
    if (lang === 'ar') {
      for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
        if (enc.translateArabicPhrase(tokens.slice(i, i + n))) {
          unit = tokens.slice(i, i + n).join(' ');
          i += n - 1;
          break;
        }
      }
    }
    if (!/\p{L}/u.test(unit)) continue;
    const f = lang === 'ar' ? enc.arabicFeatures(unit) : enc.englishFeatures(unit.toLowerCase());
    if (f.ids.length && ![...f.ids].some((id) => other.ids.includes(id))) out.push(lang === 'en' ? unit.toLowerCase() : unit);
  }
  return out;
}

async function main(): Promise<void> {
  const enc = createLexicalEncoder();
  const tatoeba = readTatoeba(dataDir).slice(0, 1000);
  if (!only || only === 'tatoeba' || figuresOnly) {
    const t = await mining(createLexicalEncoder(), tatoeba);
    console.log(`Tatoeba mining cosine / margin: ${t.cos.toFixed(3)} / ${t.margin.toFixed(3)}`);
    if (!figuresOnly && only === 'tatoeba') {
      const arGap = new Map<string, number>();
      const enGap = new Map<string, number>();
      for (const p of tatoeba) {
        const fa = enc.arabicFeatures(p.ar);
        const fe = enc.englishFeatures(p.en);
        for (const w of unmatched(enc, p.ar, 'ar', fe)) bump(arGap, w);
        for (const w of unmatched(enc, p.en, 'en', fa)) bump(enGap, w);
      }
      console.log(`\nArabic words meeting nothing in their English partner (all 1000 gold pairs):\n${top(arGap, listN * 3)}`);
      console.log(`\nEnglish words meeting nothing in their Arabic partner:\n${top(enGap, listN * 3)}`);
      console.log(`\nMissed pairs (margin mining), Arabic | its English | the English it took:`);
      for (const [i, j] of t.missed.slice(0, listN)) {
        const fa = enc.arabicFeatures(tatoeba[i].ar);
        const fe = enc.englishFeatures(tatoeba[i].en);
        console.log(`${i}\t${tatoeba[i].ar} | ${tatoeba[i].en} | ${tatoeba[j].en}\n\t  ar∅ ${unmatched(enc, tatoeba[i].ar, 'ar', fe).join(' ')}  en∅ ${unmatched(enc, tatoeba[i].en, 'en', fa).join(' ')}`);
      }
    }
  }
  if (only === 'fallback') {
    // Words of Tatoeba and TICO-19 only FreeDict knows (their senses are often rare ones), and words none knows.
    const senses = enc as unknown as { lookupSenses(w: string): [string, number][] | undefined };
    const fallback = new Map<string, number>();
    const none = new Map<string, number>();
    const texts = [...tatoeba.map((p) => p.ar), ...readTico(dataDir).map((s) => s.ar)];
    for (const text of texts) {
      for (const t of tokenize(text, 'ar')) {
        if (!/\p{L}/u.test(t.text)) continue;
        if (enc.arabicUnknownWords(t.text).unknown.length) bump(none, t.text);
        else if (!enc.translateArabicWord(t.text) && enc.arabicUnknownWords(t.text).content) bump(fallback, t.text);
      }
    }
    console.log('Known only to FreeDict (Tatoeba + TICO-19):');
    for (const [w, c] of [...fallback].sort((a, b) => b[1] - a[1]).slice(0, listN)) console.log(`${c}\t${w}\t${(senses.lookupSenses(w) ?? []).map(([e]) => e).join(', ')}`);
    console.log(`\nUnknown (Tatoeba + TICO-19):\n${top(none, listN)}`);
    return;
  }
  if (!only || only === 'tico' || figuresOnly) {
    const tico = evenSample(readTico(dataDir), 1000).map((s) => ({ ar: s.ar, en: s.en }));
    const t = await mining(createLexicalEncoder(), tico);
    console.log(`TICO-19 mining cosine / margin: ${t.cos.toFixed(3)} / ${t.margin.toFixed(3)}`);
  }
  if (!only || only === 'comparable' || figuresOnly) {
    let content = 0;
    const unknown = new Map<string, number>();
    for (const p of readComparableNews(dataDir)) {
      for (const line of p.arText.split('\n')) {
        const r = enc.arabicUnknownWords(line);
        content += r.content;
        for (const w of r.unknown) bump(unknown, w);
      }
    }
    const n = [...unknown.values()].reduce((a, b) => a + b, 0);
    console.log(`comparable-news-dev unknown content words: ${((100 * n) / content).toFixed(2)} % (${n} of ${content})`);
    if (!figuresOnly) console.log(`\nUnknown on comparable-news-dev:\n${top(unknown, 400)}`);
  }
}

await main();
