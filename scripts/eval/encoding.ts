/**
 * How well files in legacy encodings are recognised (src/io/decode.ts): Arabic text saved as Windows-1256 or
 * ISO-8859-6, English as Windows-1252, compared with `chardet`; and how reliably other bytes are refused
 * (damaged UTF-8, other languages' encodings, random bytes) instead of being read as garbage.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { UserError } from '../../src/errors.ts';
import { decodeBytes } from '../../src/io/decode.ts';
import type { Lang } from '../../src/types.ts';
import { readTatoeba, ticoDocuments } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';

const LABEL: Record<string, string> = { 'windows-1256': 'Windows-1256 (Arabic)', 'iso-8859-6': 'ISO-8859-6 (Arabic)', 'windows-1252': 'Windows-1252 (Western European)' };
const CANDIDATES = Object.keys(LABEL);

function ours(bytes: Buffer, lang: Lang): string {
  try {
    return decodeBytes(bytes, 'x', lang).text;
  } catch (e) {
    if (e instanceof UserError) return '\u0000refused';
    throw e;
  }
}

function chardetText(bytes: Buffer): string {
  const best = chardet.analyse(bytes).find((r) => CANDIDATES.includes(r.name.toLowerCase()));
  return best ? iconv.decode(bytes, best.name.toLowerCase()) : '\u0000none';
}

const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(2)}%` : 'n/a');

/** Share of texts, saved in `enc`, that come back exactly (the legacy file's own text) by our decoder and by chardet. */
function recognition(name: string, texts: readonly string[], enc: string, lang: Lang): Figure {
  let n = 0;
  let good = 0;
  let goodChardet = 0;
  for (const t of texts) {
    const bytes = iconv.encode(t, enc);
    if (bytes.every((b) => b < 0x80)) continue; // plain ASCII: nothing to recognise
    const expected = iconv.decode(bytes, enc);
    n++;
    if (ours(bytes, lang) === expected) good++;
    if (chardetText(bytes) === expected) goodChardet++;
  }
  return { metric: `${name} as ${LABEL[enc]}: read exactly`, value: pct(good, n), note: `n=${n}; chardet ${pct(goodChardet, n)}` };
}

/** Share of texts, saved as UTF-16 without a byte-order mark, that come back exactly (every text counts: its bytes are never plain ASCII). */
function utf16Recognition(name: string, texts: readonly string[], enc: 'utf-16le' | 'utf-16be', lang: Lang): Figure {
  let good = 0;
  for (const t of texts) if (ours(iconv.encode(t, enc), lang) === t) good++;
  return { metric: `${name} as ${enc.toUpperCase()} without a byte-order mark: read exactly`, value: pct(good, texts.length), note: `n=${texts.length}` };
}

/** Short texts in other languages and their usual legacy encodings: none of them may be read as Arabic or English. */
const FOREIGN: readonly [text: string, enc: string][] = [
  ['Переговоры в Сеуле продолжатся на следующей неделе, заявил советник по национальной безопасности.', 'windows-1251'],
  ['Переговоры в Сеуле продолжатся на следующей неделе, заявил советник по национальной безопасности.', 'koi8-r'],
  ['Οι συνομιλίες στη Σεούλ θα συνεχιστούν την επόμενη εβδομάδα, δήλωσε ο σύμβουλος.', 'iso-8859-7'],
  ['השיחות בסיאול יימשכו בשבוע הבא, אמר היועץ לביטחון לאומי.', 'windows-1255'],
  ['ソウルでの協議は来週も続くと国家安全保障担当の補佐官が述べた。', 'shift_jis'],
  ['国家安全顾问表示，首尔会谈将于下周继续进行。', 'gbk'],
  ['서울 회담은 다음 주에도 계속될 것이라고 국가안보보좌관이 말했다.', 'euc-kr'],
  ['Görüşmelerin gelecek hafta Seul\'de süreceğini ulusal güvenlik danışmanı söyledi.', 'windows-1254'],
];

/** Deterministic pseudo-random bytes (a linear congruential generator), printable or high only: no NUL or controls. */
function randomText(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 0x20 + ((x >>> 16) % 0xe0);
  }
  return out;
}

export const encoding: Module = {
  name: 'encoding',
  async run(ctx: RunContext): Promise<Section[]> {
    const docs = ticoDocuments(ctx.dataDir);
    const tatoeba = readTatoeba(ctx.dataDir);
    const cut = <T>(xs: T[], k: number): T[] => (ctx.smoke ? xs.slice(0, k) : xs);
    const segs = cut([...docs.values()].flat(), 200);
    const sentencesAr = cut(tatoeba.map((t) => t.ar), 100);
    const docsAr = cut([...docs.values()].map((d) => d.map((s) => s.ar).join('\n')), 5);
    const enWithAccents = segs.map((s) => s.en).filter((t) => /[^\x00-\x7F]/.test(t));
    const docsEn = cut([...docs.values()].map((d) => d.map((s) => s.en).join('\n')), 5);

    const recognised: Figure[] = [];
    for (const enc of ['windows-1256', 'iso-8859-6']) {
      ctx.log(`encoding: Arabic in ${enc}`);
      recognised.push(recognition('TICO-19 Arabic documents', docsAr, enc, 'ar'));
      recognised.push(recognition('TICO-19 Arabic segments', segs.map((s) => s.ar), enc, 'ar'));
      recognised.push(recognition('Tatoeba Arabic sentences (short)', sentencesAr, enc, 'ar'));
    }
    // UTF-16 without a byte-order mark (Windows tools, Excel's "Unicode text"): told by the byte pattern.
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      recognised.push(utf16Recognition('TICO-19 Arabic segments', segs.map((s) => s.ar), enc, 'ar'));
      recognised.push(utf16Recognition('Tatoeba Arabic sentences (short)', sentencesAr, enc, 'ar'));
      recognised.push(utf16Recognition('TICO-19 English segments', segs.map((s) => s.en), enc, 'en'));
    }
    recognised.push(recognition('TICO-19 English documents', docsEn, 'windows-1252', 'en'));
    recognised.push(recognition('TICO-19 English segments with non-ASCII', enWithAccents, 'windows-1252', 'en'));

    ctx.log('encoding: refusals');
    // One byte of a UTF-8 Arabic document removed, at evenly spread places: a damaged file, never "legacy" text.
    let damaged = 0;
    let damagedRefused = 0;
    for (const d of docsAr) {
      const bytes = Buffer.from(d, 'utf8');
      for (let k = 1; k <= 10; k++) {
        let at = Math.floor((bytes.length * k) / 11);
        while (at < bytes.length && bytes[at] < 0x80) at++; // a byte of a multi-byte character
        if (at >= bytes.length) continue;
        const cut1 = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
        damaged++;
        if (ours(cut1, 'ar') === '\u0000refused') damagedRefused++;
      }
    }
    let foreignRefused = 0;
    const foreignAccepted: string[] = [];
    for (const [t, enc] of FOREIGN) {
      for (const lang of ['ar', 'en'] as const) {
        if (ours(iconv.encode(t, enc), lang) === '\u0000refused') foreignRefused++;
        else foreignAccepted.push(`${enc}/${lang}`);
      }
    }
    let randomRefused = 0;
    const randoms = ctx.smoke ? 20 : 200;
    for (let i = 0; i < randoms; i++) if (ours(randomText(i + 1, 2000), 'ar') === '\u0000refused') randomRefused++;

    return [
      {
        title: 'Encoding detection: legacy files read exactly',
        setting: `\`npm run eval -- --only encoding\`${ctx.smoke ? ' (smoke slices)' : ''}. A text counts when the decoded file equals the text the legacy encoding holds; chardet counts when its best Arabic/Western guess decodes to the same.`,
        figures: recognised,
      },
      {
        title: 'Encoding detection: refusals',
        figures: [
          { metric: 'UTF-8 Arabic documents with one byte removed: refused as damaged', value: pct(damagedRefused, damaged), note: `n=${damaged}` },
          { metric: 'other languages in their legacy encodings: refused', value: pct(foreignRefused, FOREIGN.length * 2), note: `n=${FOREIGN.length * 2} (8 texts × --ar/--en)${foreignAccepted.length ? `; accepted: ${foreignAccepted.join(', ')}` : ''}` },
          { metric: 'random printable/high bytes (2000 each): refused', value: pct(randomRefused, randoms), note: `n=${randoms}` },
        ],
      },
    ];
  },
};
