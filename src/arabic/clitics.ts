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
/** An object pronoun at the end of a word, longest first. */
const OBJECT_SUFFIX_RE = /(هما|ها|هم|هن|كم|ني|نا|ه|ك)$/;

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
  // A hollow verb loses its long vowel before a subject ending: قلنا → قال, زرتم → زار, عدنا → عاد. Before نا / تم a
  // stem of two consonants is no other verb's (a doubled one writes three: رددنا), so this comes before the plain
  // cut (قل say!, زر button). Not before ت, which also ends a doubled verb's "she" (ردت, حدت); not after a
  // proclitic cut (فهمنا is فهم + نا, not ف + هام); not with a vowel letter in the stem (مينا, رينا, دينا are names).
  // Longer hollow stems (أردنا, اخترنا) are left: their ا-form is as often a noun (زلزال, سداد) as the verb.
  for (const stem of pastStems(w, ['تمو', 'تما', 'تم', 'نا'])) if (/^[^اوي]{2}$/.test(stem)) add(stem[0] + 'ا' + stem[1]);
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
  // The past tense's "you" (plural, dual) the list above lacks, on a stem of three letters or more: -تم / -تما
  // (قررتم, أكدتما), and -تمو before an object pronoun (أرسلتموه, ساعدتمونا). After the other readings, so a word
  // the list already reads is unchanged. Not -تا (the two women did) nor -تن: foreign names end so far more often
  // than verbs do (ريناتا, سونيتا, كوينتن; 106 of the training name lists' words against 1 word of the dev texts).
  for (const base of prefixed) for (const stem of pastStems(base, ['تمو', 'تما', 'تم'])) if (stem.length >= 3) add(stem);
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
 * Stems before a past-tense subject ending (ت, نا, تم, تما; تمو before an object pronoun), with or without an
 * object pronoun after it: قلتها → قل, أرسلتموه → أرسل.
 */
function pastStems(base: string, endings: readonly string[] = ['تمو', 'تما', 'تم', 'نا', 'ت']): string[] {
  const out: string[] = [];
  const object = OBJECT_SUFFIX_RE.exec(base);
  for (const b of object ? [base, base.slice(0, -object[1].length)] : [base]) {
    for (const e of endings) {
      if (!b.endsWith(e) || (e === 'تمو' && b === base)) continue;
      out.push(b.slice(0, -e.length));
      break;
    }
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
