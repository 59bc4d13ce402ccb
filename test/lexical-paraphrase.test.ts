import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { stemEnglish } from '../src/english/stem.ts';
import { adverbBase, parseSynonymClasses } from '../src/english/synonyms.ts';
import { dot } from '../src/vector.ts';

describe('English synonym classes and -ly adverbs', () => {
  it('reads the words two reports use for one thing as one stem', () => {
    expect(stemEnglish('prosecutors')).toBe(stemEnglish('prosecution'));
    expect(stemEnglish('jail')).toBe(stemEnglish('prison'));
    expect(stemEnglish('remarks')).toBe(stemEnglish('statement'));
    expect(stemEnglish('threat')).toBe(stemEnglish('danger'));
    expect(stemEnglish('rescuers')).toBe(stemEnglish('rescue'));
    expect(stemEnglish('policeman')).toBe(stemEnglish('police'));
  });

  it('leaves a word with a second common reading out of a class (declined to comment is no fall)', () => {
    expect(stemEnglish('declined')).not.toBe(stemEnglish('fall'));
    expect(stemEnglish('record')).not.toBe(stemEnglish('document'));
  });

  it('reads an -ly adverb as its adjective, not a noun in -ly or a short base', () => {
    expect(adverbBase('seriously')).toBe('serious');
    expect(adverbBase('voluntarily')).toBe('voluntary');
    expect(adverbBase('probably')).toBe('probable');
    expect(stemEnglish('seriously')).toBe(stemEnglish('serious'));
    expect(adverbBase('family')).toBe('family');
    expect(adverbBase('supply')).toBe('supply');
    expect(adverbBase('only')).toBe('only');
  });

  it('refuses a word put in two classes', () => {
    expect(() => parseSynonymClasses('danger threat\nthreat menace')).toThrow(/two classes/);
  });
});

describe('paraphrase vocabulary of news reports', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('knows light verbs and phrases in their inflected forms', () => {
    expect(enc.translateArabicPhrase(['أطلقت', 'النار'])).toEqual(['open fire']);
    expect(enc.translateArabicPhrase(['وأطلقوا', 'الرصاص'])).toEqual(['fire shots']);
    expect(enc.translateArabicPhrase(['رفض', 'التعليق'])).toEqual(['declined to comment']);
    expect(enc.translateArabicWord('الشجار')).toContain('fight');
    // Words the analysis read wrongly: كمين is no كم "how many", أبدت no أبد "eternal".
    expect(enc.translateArabicWord('كمين')).toEqual(['ambush']);
    expect(enc.translateArabicWord('أبدت')).toEqual(['express']);
  });

  it('makes each Arabic sentence meet its English paraphrase, among other sentences of the same story', async () => {
    const ar = [
      'وقالت الشرطة إن شرطيا أصيب بجروح طفيفة.',
      'وأطلقت الشرطة النار على السيارة عدة مرات.',
      'وقال الوزير إن حياة الجنود ليست في خطر.',
      'ورفض متحدث باسم الشرطة التعليق.',
      'وتسعى فرق الإنقاذ إلى انتشال العالقين تحت الأنقاض.',
    ];
    const en = [
      'A policeman was slightly hurt.',
      'Officers opened fire on the car several times.',
      'The soldiers’ lives are not under threat, the minister said.',
      'A police spokesman declined to comment.',
      'Rescuers are trying to reach those trapped under the rubble.',
    ];
    const va = await enc.encode(ar, 'ar');
    const ve = await enc.encode(en, 'en');
    for (let i = 0; i < ar.length; i++) {
      const sims = ve.map((v) => dot(va[i], v));
      const best = sims.indexOf(Math.max(...sims));
      expect(best, `${ar[i]} → ${en[best]}`).toBe(i);
    }
  });
});
