import { describe, expect, it } from 'vitest';
import { stemCandidates } from '../src/arabic/clitics.ts';
import { normalizeArabic } from '../src/arabic/normalize.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { isSpellingVariant, spellingSkeleton } from '../src/arabic/spelling.ts';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { dialectNegatedStems } from '../src/lexicon/dialect.ts';
import { buildNameSpellings, nameBySpelling } from '../src/lexicon/name-spellings.ts';
import { buildLexicon } from '../src/lexicon/lexicon.ts';
import { dot } from '../src/vector.ts';

const n = normalizeArabic;

describe('spellings of one foreign name', () => {
  it('takes a long vowel written or left out inside the word, and ج or غ for g, as one name', () => {
    expect(isSpellingVariant(n('بلومبرغ'), n('بلومبيرغ'))).toBe(true);
    expect(isSpellingVariant(n('دمتري'), n('دميتري'))).toBe(true);
    expect(isSpellingVariant(n('غالاكسي'), n('جالاكسي'))).toBe(true);
    expect(isSpellingVariant(n('سيرغي'), n('سيرجي'))).toBe(true);
    expect(spellingSkeleton(n('تورونتو'))).toBe(spellingSkeleton(n('تورنتو')));
  });

  it('does not take a changed vowel, a changed first or last letter, or a consonant dropped, as the same name', () => {
    expect(isSpellingVariant(n('مولر'), n('ميلر'))).toBe(false); // Müller, Miller
    expect(isSpellingVariant(n('بانغ'), n('بوينغ'))).toBe(false); // Pang, Boeing
    expect(isSpellingVariant(n('سيشوان'), n('سيتشوان'))).toBe(false); // ت is a consonant
    expect(isSpellingVariant(n('اوباما'), n('باما'))).toBe(false);
    expect(isSpellingVariant(n('كندا'), n('كندا'))).toBe(false); // the same spelling is no variant
  });

  it('finds a listed name under another spelling, and nothing where two listed names compete or the word is short', () => {
    const lex = buildLexicon([['بلومبيرغ', 'Bloomberg'], ['تشنغدو', 'Chengdu'], ['تشينغداو', 'Qingdao'], ['مصري', 'Egyptian'], ['كتاب', 'book']]);
    const index = buildNameSpellings(lex);
    expect(nameBySpelling(index, [n('بلومبرغ')])?.senses).toEqual(['Bloomberg']);
    // تشينغدو is Chengdu with a ي or Qingdao without its ا: left to the name key.
    expect(nameBySpelling(index, [n('تشينغدو')])).toBeUndefined();
    // مصيري "fateful" is مصري without its ي, but four letters are too few to call that a variant.
    expect(nameBySpelling(index, [n('مصيري')])).toBeUndefined();
    // Common words are not in the index: كاتب (writer) is not a spelling of كتاب.
    expect(nameBySpelling(index, [n('كاتب')])).toBeUndefined();
  });

  it('lets the encoder read a listed name spelled another way, after a proclitic too', async () => {
    const enc = new LexicalEncoder([['بلومبيرغ', 'Bloomberg'], ['قال', 'say'], ['وكالة', 'agency']]);
    expect(enc.arabicUnknownWords('قالت وكالة بلومبرغ').unknown).toEqual([]);
    const [ar] = await enc.encode(['قالت وكالة لبلومبرغ', 'قالت الوكالة'], 'ar');
    const [right, other] = await enc.encode(['Bloomberg agency said', 'The agency said'], 'en');
    expect(dot(ar, right)).toBeGreaterThan(dot(ar, other) + 0.1);
    // The glossary keeps to the spellings the lexicon lists.
    expect(enc.translateArabicWord('بلومبرغ')).toBeUndefined();
    // On by default; off when asked.
    expect(new LexicalEncoder([['بلومبيرغ', 'Bloomberg']], { nameSpellings: false }).arabicUnknownWords('بلومبرغ').unknown).toEqual(['بلومبرغ']);
  });
});

describe('negation written on a dialect verb', () => {
  it('finds the verb inside لا… and ما…ش', () => {
    expect(dialectNegatedStems(n('لايشكل'))).toContain(n('يشكل'));
    expect(dialectNegatedStems(n('مبيقولش'))).toContain(n('بيقول'));
    expect(dialectNegatedStems(n('يشكل'))).toEqual([]);
  });

  it('reads لايشكل as لا يشكل: "does not pose", not "poses"', async () => {
    const enc = new LexicalEncoder([['يشكل', 'pose'], ['خطر', 'danger'], ['لاعب', 'player']]);
    const [joined, apart, plain] = await enc.encode(['هذا لايشكل خطرا', 'هذا لا يشكل خطرا', 'هذا يشكل خطرا'], 'ar');
    const [not, yes] = await enc.encode(['This does not pose a danger', 'This poses a danger'], 'en');
    expect(dot(joined, not)).toBeGreaterThan(dot(joined, yes) + 0.03);
    expect(dot(joined, apart)).toBeGreaterThan(dot(joined, plain));
    expect(dot(plain, yes)).toBeGreaterThan(dot(plain, not));
  });

  it('does not read a word MSA already knows (لاعب player) as negated', async () => {
    const enc = new LexicalEncoder([['لاعب', 'player'], ['يعب', 'gulp']]);
    const [ar] = await enc.encode(['لاعب'], 'ar');
    const [player, notPlayer] = await enc.encode(['player', 'not player'], 'en');
    expect(dot(ar, player)).toBeGreaterThan(dot(ar, notPlayer));
  });
});

describe('a final hamza or ى written otherwise before a pronoun', () => {
  it('finds زملاء in زملائنا, أبناء in أبنائهم, مستوى in مستواها', () => {
    expect(stemCandidates('زملائنا')).toContain(n('زملاء'));
    expect(stemCandidates('أبنائهم')).toContain(n('أبناء'));
    expect(stemCandidates('أعضاؤها')).toContain(n('أعضاء'));
    expect(stemCandidates('مستواها')).toContain(n('مستوى'));
    expect(stemCandidates('معناه')).toContain(n('معنى'));
  });

  it('lets the encoder read them', () => {
    const enc = new LexicalEncoder([['زملاء', 'colleagues'], ['مستوى', 'level'], ['قال', 'say']]);
    expect(enc.arabicUnknownWords('قال زملائنا إن مستواها').unknown).toEqual([]);
  });
});

describe('core6 general vocabulary', () => {
  it('gives FreeDict-only words their common sense', () => {
    const enc = createLexicalEncoder();
    expect(enc.translateArabicWord('مميتة')).toContain('deadly');
    expect(enc.translateArabicWord('إساءة')).toContain('abuse');
    expect(enc.translateArabicWord('هيوستن')).toEqual(['Houston']);
    // A city that is also a common word once normalised is not listed: بورصة stays the stock exchange.
    expect(enc.translateArabicWord('بورصة')).not.toContain('Bursa');
  });
});

describe('core7 general vocabulary', () => {
  it('reads words FreeDict gave a rare or wrong sense in their common one, inflected forms through the analysis', () => {
    const enc = createLexicalEncoder();
    expect(enc.translateArabicWord('عمدة')).toContain('mayor');
    // نائية "remote" was read as ناي "flute"; المناطق النائية are remote areas.
    expect(enc.translateArabicWord('النائية')).toEqual(['remote']);
    // غطت "covered" (غطى) was غط "bestrew"; تغطيهم "covers them" يغطي "bestrews".
    expect(enc.translateArabicWord('غطت')).toEqual(['cover']);
    expect(enc.translateArabicWord('تغطيهم')).toEqual(['cover']);
    expect(enc.translateArabicWord('تعطلت')).toContain('breakdown');
    // A news word keeps its other common sense: هجوم دام is a bloody attack, دام 19 عاما lasted 19 years.
    expect(enc.translateArabicWord('دام')).toEqual(['last', 'bloody']);
  });
});
