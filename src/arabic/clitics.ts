import { normalizeArabic } from './normalize.ts';

/**
 * Clitic and affix stripping for lookup: returns the candidate stems of a normalised Arabic word,
 * longest (least stripped) first. Over-generation is fine: callers keep the first candidate a lexicon knows.
 */

// Proclitic chains, longest first: conjunction (و ف) + preposition (ب ل ك) + article (ال), and لل.
const PREFIXES = [
  'وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال',
  'وب', 'ول', 'وك', 'فب', 'فل', 'وس', 'و', 'ف', 'ب', 'ل', 'ك', 'س',
];
// Pronoun and inflection suffixes (after normalisation: ة → ه).
const SUFFIXES = [
  'هما', 'كما', 'تان', 'تين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا',
  'يه', 'يا', 'وا', 'ني', 'ه', 'ي', 'ك', 'ا', 'ت',
];

const MIN_STEM = 2;
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ها', 'هم', 'هما', 'هن', 'ه', 'كم', 'ك', 'ني', 'نا']);

export function stemCandidates(word: string): string[] {
  const w = normalizeArabic(word);
  const out: string[] = [w];
  const seen = new Set(out);
  const add = (s: string): void => {
    if (s.length >= MIN_STEM && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  const prefixed: string[] = [w];
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_STEM) {
      const rest = w.slice(p.length);
      add(rest);
      prefixed.push(rest);
      // ال after a single-letter proclitic that was not part of the matched prefix (e.g. "وال" handled above).
    }
  }
  // Present-tense verbs: the lexicon lists the third person (يقول); تقول and نقول, and after a proclitic also
  // أقول (سأقول, وأقول), are looked up as that form. A bare word starting with أ is most often a noun: not that.
  for (const base of [...prefixed]) {
    if (base.length >= 4 && (/^[تن]/.test(base) || (base !== w && base.startsWith('ا') && !base.startsWith('ال')))) {
      add('ي' + base.slice(1));
      prefixed.push('ي' + base.slice(1));
    }
  }
  for (const base of prefixed) {
    for (const s of SUFFIXES) {
      if (base.endsWith(s) && base.length - s.length >= MIN_STEM) {
        const stem = base.slice(0, -s.length);
        add(stem);
        // A feminine ending that carried a suffix: مبادرتهم → مبادره
        if (stem.endsWith('ت')) add(stem.slice(0, -1) + 'ه');
        // Verbs ending in a weak letter drop it before a plural ending: يعانون → يعاني, يقضون → يقضي.
        if ((s === 'ون' || s === 'ين' || s === 'وا') && /^[يتن]/.test(stem)) add(stem + 'ي');
        // Sound plurals/duals whose stem ends in ة: العملات → عمله
        if (s === 'ات' || s === 'تان' || s === 'تين') add(stem + 'ه');
        // A pronoun after a verb's ending or a plural in construct: حققتها → حقق, موظفيها → موظف, أعلنوه → أعلن.
        if (OBJECT_PRONOUNS.has(s)) {
          // A final hamza is written on its carrier before a pronoun (زملاء → زملائنا, أبناء → أبنائهم, which
          // normalise to ي / و), a final ى as ا (مستوى → مستواها, معنى → معناه).
          if (/[^ا]ا[يو]$/.test(stem)) add(stem.slice(0, -1) + 'ء');
          if (/[^ا]ا$/.test(stem) && stem.length >= 4) add(stem.slice(0, -1) + 'ي');
          for (const inner of ['ت', 'تم', 'ي', 'و', 'نا', 'ات']) {
            if (stem.endsWith(inner) && stem.length - inner.length >= 3) add(stem.slice(0, -inner.length));
          }
        }
      }
    }
  }
  // Last resort, after every other reading: a weak-final verb whose final letter fell before an ending or in the
  // jussive — انتهت → انتهى, عانوا → عانى, دعت → دعا, (لا) تنسَ → تنسى. Tried last, so a word another cut
  // already reads is never changed.
  for (const base of prefixed) {
    for (const s of ['ت', 'وا']) {
      if (!base.endsWith(s) || base.length - s.length < 2) continue;
      const stem = base.slice(0, -s.length);
      add(stem + 'ي');
      add(stem + 'ا');
    }
    if (/^[يتن]/.test(base) && base.length >= 3 && base.length <= 4) add(base + 'ي');
  }
  return out;
}

/**
 * Strips a leading conjunction or preposition for display, keeping the article:
 * وكوريا → كوريا, لبيونغ → بيونغ, بالبيت → البيت, للأمن → الأمن.
 */
export function stripProclitics(word: string): string {
  for (const [p, keep] of [['وبال', 'ال'], ['وال', 'ال'], ['فال', 'ال'], ['بال', 'ال'], ['كال', 'ال'], ['ولل', 'ال'], ['لل', 'ال'], ['وب', ''], ['ول', ''], ['و', ''], ['ب', ''], ['ل', ''], ['ف', '']]) {
    if (word.startsWith(p) && word.length - p.length >= 3) return keep + word.slice(p.length);
  }
  return word;
}
