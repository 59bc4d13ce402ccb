import { describe, expect, it } from 'vitest';
import { mayStartSpelledAcronym, readSpelledAcronym } from '../src/arabic/letters.ts';
import { normalizeArabic } from '../src/arabic/normalize.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { arabicFunctionPerson, arabicNegates, arabicWordPersons, englishPerson } from '../src/encode/grammar.ts';
import { dot } from '../src/vector.ts';

const n = normalizeArabic;

describe('person of pronouns and agreement markers', () => {
  it('reads English pronouns, contractions split', () => {
    expect(englishPerson('me')).toBe('1s');
    expect(englishPerson('their')).toBe('3p');
    expect(englishPerson('it')).toBeUndefined();
  });

  it('reads Arabic independent pronouns and particles with their pronoun', () => {
    expect(arabicFunctionPerson(n('أنا'))).toBe('1s');
    expect(arabicFunctionPerson(n('وهي'))).toBe('3f');
    expect(arabicFunctionPerson(n('معي'))).toBe('1s');
    expect(arabicFunctionPerson(n('معكَ'))).toBe('2');
    expect(arabicFunctionPerson(n('إنها'))).toBe('3f');
    expect(arabicFunctionPerson(n('لأنني'))).toBe('1s');
    expect(arabicFunctionPerson(n('عليهم'))).toBe('3p');
  });

  it('leaves forms the script makes ambiguous alone (على / عليّ, إلى / إليّ, في, بني "sons of")', () => {
    expect(arabicFunctionPerson(n('على'))).toBeUndefined();
    expect(arabicFunctionPerson(n('إلى'))).toBeUndefined();
    expect(arabicFunctionPerson(n('في'))).toBeUndefined();
    expect(arabicFunctionPerson(n('بني'))).toBeUndefined();
  });

  it('reads a pronoun after the stem the lexicon knows, and a verb prefix', () => {
    const knows = (k: string): boolean => ['يذهب', 'نذهب'].includes(k);
    expect(arabicWordPersons(n('ماله'), 'مال', knows)).toEqual([['3m', 1]]);
    expect(arabicWordPersons(n('حقيبتك'), n('حقيبة'), knows)).toEqual([['2', 1]]);
    expect(arabicWordPersons(n('سأذهب'), 'يذهب', knows)).toEqual([['1s', 1]]);
    expect(arabicWordPersons(n('نذهب'), 'نذهب', knows)).toEqual([['1p', 1]]);
    expect(arabicWordPersons(n('ذهبوا'), 'ذهب', knows)).toEqual([['3p', 1]]);
    // The article and a noun in ة are no pronoun; a bare أ-word may be a past verb (أعلن he announced).
    expect(arabicWordPersons(n('المال'), 'مال', knows)).toEqual([]);
    expect(arabicWordPersons(n('حقيبة'), n('حقيبة'), knows)).toEqual([]);
    expect(arabicWordPersons(n('أذهب'), 'يذهب', knows)).toEqual([]);
  });

  it('reads negation in both languages', () => {
    expect(arabicNegates(n('لم'))).toBe(true);
    expect(arabicNegates(n('ولن'))).toBe(true);
    expect(arabicNegates(n('ما'))).toBe(false);
  });
});

describe('near-identical sentences told apart by person and negation', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('pairs "angry with me" and "angry with you" the right way round', async () => {
    const [me, you] = await enc.encode(['إنهُ غاضب معي.', 'إنهُ غاضب معكَ.'], 'ar');
    const [enMe, enYou] = await enc.encode(['He is angry with me.', 'He is angry with you.'], 'en');
    expect(dot(me, enMe)).toBeGreaterThan(dot(me, enYou));
    expect(dot(you, enYou)).toBeGreaterThan(dot(you, enMe));
  });

  it('pairs "she is angry" and "he is angry" the right way round', async () => {
    const [she, he] = await enc.encode(['نعم, إنها غاضبة.', 'نعم, إنهُ غاضب.'], 'ar');
    const [enShe, enHe] = await enc.encode(['Yes, she is angry.', 'Yes, he is angry.'], 'en');
    expect(dot(she, enShe)).toBeGreaterThan(dot(she, enHe));
    expect(dot(he, enHe)).toBeGreaterThan(dot(he, enShe));
  });

  it('pairs "his money" with ماله rather than المال', async () => {
    const [his, the] = await enc.encode(['أراد سامي ماله.', 'أراد سامي المال.'], 'ar');
    const [enHis, enThe] = await enc.encode(['Sami wanted his money.', 'Sami wanted the money.'], 'en');
    expect(dot(his, enHis)).toBeGreaterThan(dot(his, enThe));
    expect(dot(the, enThe)).toBeGreaterThan(dot(the, enHis));
  });

  it('pairs a negated sentence with the negated translation', async () => {
    const [neg, pos] = await enc.encode(['لا أعرف الإجابة.', 'أعرف الإجابة.'], 'ar');
    const [enNeg, enPos] = await enc.encode(["I don't know the answer.", 'I know the answer.'], 'en');
    expect(dot(neg, enNeg)).toBeGreaterThan(dot(neg, enPos));
    expect(dot(pos, enPos)).toBeGreaterThan(dot(pos, enNeg));
  });
});

describe('everyday words and forms (2026-12-03, second round)', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('knows everyday words FreeDict reads in a rare sense or not at all (مرّر pass, not "reeve"; على قيد الحياة alive)', async () => {
    const [salt, alive] = await enc.encode(['مرّر إليّ الملح.', 'لم يكن أحد على قيد الحياة.'], 'ar');
    const [pass, eat, enAlive, there] = await enc.encode(['Pass me the salt.', 'I eat salt.', 'No one was alive.', 'No one was there.'], 'en');
    expect(dot(salt, pass)).toBeGreaterThan(dot(salt, eat) + 0.1);
    expect(dot(alive, enAlive)).toBeGreaterThan(dot(alive, there) + 0.1);
  });

  it('folds colloquial "cops" to police (الشرطة)', async () => {
    const [ar] = await enc.encode(['إنّ الشّرطة هنا.'], 'ar');
    const [cops, doctors] = await enc.encode(['The cops are here.', 'The doctors are here.'], 'en');
    expect(dot(ar, cops)).toBeGreaterThan(dot(ar, doctors) + 0.2);
  });

  it('lets "can", a stopword, meet أستطيع / بإمكانك (read as "able" on both sides)', async () => {
    const [ar] = await enc.encode(['أستطيع السباحة.'], 'ar');
    const [can, plain] = await enc.encode(['I can swim.', 'I swim.'], 'en');
    expect(dot(ar, can)).toBeGreaterThan(dot(ar, plain));
  });

  it('keeps "cannot" a negation while reading it as "able"', async () => {
    const [neg, pos] = await enc.encode(['لا أستطيع الانتظار.', 'أستطيع الانتظار.'], 'ar');
    const [enNeg] = await enc.encode(['I cannot wait.'], 'en');
    expect(dot(neg, enNeg)).toBeGreaterThan(dot(pos, enNeg));
  });

  it('does not count a word in Latin letters as an unknown Arabic word', () => {
    const r = enc.arabicUnknownWords('أطلقت الشركة محرك Skyactiv الجديد');
    expect(r.unknown).toEqual([]);
    expect(r.content).toBe(4);
  });
});

describe('acronyms and Latin words inside Arabic text', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('reads acronyms spelled in letter names (بي سي آر BCR or PCR, آر إن إيه RNA)', () => {
    expect(readSpelledAcronym(['بي', 'سي', 'آر'], 0)).toEqual({ acronyms: ['BCR', 'PCR'], length: 3 });
    expect(readSpelledAcronym(['الحمض', 'آر', 'إن', 'إيه', 'المرسال'], 1)).toEqual({ acronyms: ['RNA'], length: 3 });
  });

  it('gives a final في both readings (إتش آي في HIV; بي بي سي في لندن: BBC in London)', () => {
    expect(readSpelledAcronym(['إتش', 'آي', 'في'], 0)?.acronyms).toEqual(['HIV', 'HAV', 'HI', 'HA']);
    expect(readSpelledAcronym(['بي', 'بي', 'سي', 'في', 'لندن'], 0)?.acronyms).toEqual(['BBCV', 'PPCV', 'BBC', 'PPC']);
  });

  it('leaves runs of letter names that are also common words alone (إن أو, في بي)', () => {
    expect(readSpelledAcronym(['إن', 'أو'], 0)).toBeUndefined();
    expect(readSpelledAcronym(['في', 'بي'], 0)).toBeUndefined();
    expect(readSpelledAcronym(['سي'], 0)).toBeUndefined();
  });

  it('says which words may start a spelled acronym, so most words skip the reading', () => {
    expect(mayStartSpelledAcronym('آر')).toBe(true);
    expect(mayStartSpelledAcronym('إتش')).toBe(true);
    // في is V only inside a run; وزارة is no letter name.
    expect(mayStartSpelledAcronym('في')).toBe(false);
    expect(mayStartSpelledAcronym('وزارة')).toBe(false);
    for (const [words, i] of [[['الحمض', 'آر', 'إن', 'إيه'], 0], [['في', 'بي', 'سي'], 0]] as const) {
      if (!mayStartSpelledAcronym(words[i])) expect(readSpelledAcronym(words, i)).toBeUndefined();
    }
  });

  it('lets a spelled acronym meet the English acronym', async () => {
    const [ar] = await enc.encode(['يحمل الفيروس مادته الوراثية في شكل آر إن إيه.'], 'ar');
    const [rna, dna] = await enc.encode(['The virus carries its genetic material as RNA.', 'The virus carries its genetic material as DNA.'], 'en');
    expect(dot(ar, rna)).toBeGreaterThan(dot(ar, dna) + 0.1);
  });

  it('reads a Latin word after a joined و as the English side reads it (وGoogle)', async () => {
    const [ar] = await enc.encode(['تعاونت أمازون وGoogle في المشروع.'], 'ar');
    const [google, microsoft] = await enc.encode(['Amazon and Google cooperated on the project.', 'Amazon and Microsoft cooperated on the project.'], 'en');
    expect(dot(ar, google)).toBeGreaterThan(dot(ar, microsoft) + 0.1);
    expect(enc.arabicUnknownWords('تعاونت أمازون وGoogle').unknown).not.toContain('وGoogle');
  });
});
