/**
 * Grammatical features both languages express: the person a pronoun or an agreement marker names (I / أنا,
 * -ني, سأ-; you / أنت, -ك, تـ-; she / هي, -ها …). English writes it as a word, mostly a stopword; Arabic mostly
 * inside the word (معي, شعرك, ماله, نذهب). Without them "He is angry with me" and "… with you", or "Sami wanted
 * his money" and "… the money", are the same vector. Weak features (`PERSON_WEIGHT`): they break ties between
 * near-identical sentences, they do not pair sentences on their own. Markers whose person the unvowelled script
 * leaves open (past -ت: I, you or she) are left out, and so is the third person masculine of verbs, which
 * English writes as a name or noun as often as "he".
 */

/** Who a pronoun names: first singular / plural, second (any number), third masculine / feminine / plural. */
export type Person = '1s' | '1p' | '2' | '3m' | '3f' | '3p';

const EN_PERSON: ReadonlyMap<string, Person> = new Map(
  (
    [
      ['1s', 'i me my mine myself'],
      ['1p', 'we us our ours ourselves'],
      ['2', 'you your yours yourself yourselves'],
      ['3m', 'he him his himself'],
      ['3f', 'she her hers herself'],
      ['3p', 'they them their theirs themselves'],
    ] as const
  ).flatMap(([p, words]) => words.split(' ').map((w): [string, Person] => [w, p])),
);

/** Person of a lower-case English word (after contractions are split: I'm → i am). */
export function englishPerson(word: string): Person | undefined {
  return EN_PERSON.get(word);
}

/** Independent pronouns, normalised (أنتَ أنتِ أنتم are one "you", as English has one). */
const AR_PRONOUNS: ReadonlyMap<string, Person> = new Map([
  ['انا', '1s'], ['نحن', '1p'], ['انت', '2'], ['انتم', '2'], ['انتما', '2'], ['انتن', '2'],
  ['هو', '3m'], ['هي', '3f'], ['هم', '3p'], ['هن', '3p'], ['هما', '3p'],
]);

/** Attached pronouns, normalised (ة → ه makes ه ambiguous only after a noun in ة, which the lexicon key shows). */
const SUFFIX_PERSON: ReadonlyMap<string, Person> = new Map([
  ['ي', '1s'], ['ني', '1s'], ['نا', '1p'], ['ك', '2'], ['كم', '2'], ['كما', '2'], ['كن', '2'],
  ['ه', '3m'], ['ها', '3f'], ['هم', '3p'], ['هن', '3p'], ['هما', '3p'],
]);

/**
 * Prepositions and particles that carry an attached pronoun (معي with me, عليك on you, إنها she is, لأنني because
 * I). The bare forms ending in ي are not read: على / عليّ, إلى / إليّ and لدى / لديّ fold to one spelling, and في
 * is "in". ني (me) follows only a base in ن (إنني, لكنني, مني); بني is "sons of", not "with me".
 */
const PARTICLES = ['ل', 'ب', 'مع', 'عن', 'من', 'علي', 'الي', 'لدي', 'عند', 'ان', 'لان', 'لكن', 'نفس', 'ايا', 'في', 'بين', 'دون', 'فوق', 'تحت', 'حول', 'امام', 'بدون', 'مثل'];

/** Person of a normalised Arabic function word: an independent pronoun or a particle with its pronoun. */
export function arabicFunctionPerson(norm: string): Person | undefined {
  const forms = /^[وف]/.test(norm) && norm.length > 2 ? [norm, norm.slice(1)] : [norm];
  for (const x of forms) {
    const p = AR_PRONOUNS.get(x);
    if (p) return p;
    for (const base of PARTICLES) {
      if (!x.startsWith(base) || x.length === base.length) continue;
      const suffix = x.slice(base.length);
      if (suffix === 'ني' && !base.endsWith('ن')) continue;
      if (suffix === 'ي' && (base.endsWith('ي') || base === 'نفس' || base === 'مثل')) continue;
      const s = SUFFIX_PERSON.get(suffix);
      if (s) return s;
    }
  }
  return undefined;
}

/** Subject endings of verbs whose person is unambiguous (تم you did, وا they did). */
const SUBJECT_SUFFIX: ReadonlyMap<string, Person> = new Map([['تم', '2'], ['تما', '2'], ['وا', '3p']]);

/**
 * Persons an Arabic content word marks, given the lexicon key it was read as (normalised, article dropped):
 * a pronoun after the stem (شعرك your hair, ماله his money, أخبرني tell me), a verb's subject ending (ذهبوا they
 * went) or present prefix (نذهب we go, تذهب you / she goes, سأذهب I will go). `knows` tells whether the lexicon
 * has a key, so that a listed نذهب is recognised as يذهب's first person plural.
 */
export function arabicWordPersons(norm: string, key: string, knows: (key: string) => boolean): [Person, number][] {
  const out: [Person, number][] = [];
  if (norm === key) {
    if (key.length >= 4 && /^[نت]/.test(key) && knows('ي' + key.slice(1))) out.push(...prefixPersons(key[0], ''));
    return out;
  }
  // Where the stem sits in the word: the key itself, the key's ة written ت before a pronoun, or a present verb's
  // stem after its prefix (the lexicon lists يذهب; the word is نذهب / سأذهب).
  const stems: [string, string][] = [[key, '']];
  if (key.endsWith('ه')) stems.push([key.slice(0, -1) + 'ت', '']);
  if (key.startsWith('ي') && key.length >= 3) stems.push([key.slice(1), 'verb']);
  if (key.length >= 4 && /^[نت]/.test(key) && knows('ي' + key.slice(1))) stems.push([key.slice(1), 'verb']);
  for (const [stem, kind] of stems) {
    const at = norm.lastIndexOf(stem);
    if (at < 0) continue;
    const before = norm.slice(0, at);
    let rest = norm.slice(at + stem.length);
    if (kind === 'verb') {
      const prefix = before.slice(-1);
      const clitics = before.slice(0, -1);
      if (!/^(و|ف)?(س|ل)?$/.test(clitics)) continue;
      if (prefix === 'ا' && !/[سل]$/.test(clitics)) continue; // bare أفعل: past "he did" as often as "I do"
      if (!'انت'.includes(prefix) || !prefix) continue;
      out.push(...prefixPersons(prefix, rest));
      if (rest === 'ون' || rest === 'ين' || rest === 'ان') rest = '';
    } else if (!/^(و|ف)?(ب|ل|ك|س)?(ال)?$/.test(before)) continue;
    if (!rest) return out;
    const subject = SUBJECT_SUFFIX.get(rest) ?? (rest === 'ون' && key.startsWith('ي') && kind === '' ? '3p' : undefined);
    if (subject) out.push([subject, 1]);
    else {
      // A pronoun, possibly after a verb's subject ending (قلته, أعطوني): the pronoun is the object.
      const m = /^(ت|تم|وا|و)?(.+)$/.exec(rest);
      const p = SUFFIX_PERSON.get(rest) ?? (m?.[1] ? SUFFIX_PERSON.get(m[2]) : undefined);
      if (p) out.push([p, 1]);
      if (m?.[1] && SUBJECT_SUFFIX.has(m[1])) out.push([SUBJECT_SUFFIX.get(m[1]) as Person, 1]);
    }
    return out;
  }
  return out;
}

/** Persons of a present-tense prefix (أ I, ن we, ت you or she — you alone with -ون / -ين). */
function prefixPersons(prefix: string, rest: string): [Person, number][] {
  if (prefix === 'ا') return [['1s', 1]];
  if (prefix === 'ن') return [['1p', 1]];
  if (prefix === 'ت') return rest === 'ون' || rest === 'ين' ? [['2', 1]] : [['2', 0.5], ['3f', 0.5]];
  if (prefix === 'ي' && rest === 'ون') return [['3p', 1]];
  return [];
}

/** English words that negate (after contractions are split: can't → can not). */
const EN_NEGATION: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'nowhere']);
/** Arabic negation particles, normalised, also after و / ف (ما is "what" as often: left out). */
const AR_NEGATION: ReadonlySet<string> = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'لسنا', 'ليسوا', 'لستم', 'لسن', 'ابدا']);

export function englishNegates(word: string): boolean {
  return EN_NEGATION.has(word);
}

export function arabicNegates(norm: string): boolean {
  return AR_NEGATION.has(norm) || (/^[وف]/.test(norm) && AR_NEGATION.has(norm.slice(1)));
}
