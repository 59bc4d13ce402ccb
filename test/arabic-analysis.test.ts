import { describe, expect, it } from 'vitest';
import { createArabicAnalysis } from '../src/arabic/analysis.ts';
import { normalizeArabic } from '../src/arabic/normalize.ts';

// A small word list standing in for hunspell-ar, so the rule is tested without the Debian package.
const wordList = new Set(['وزارة', 'ولاية', 'فقدان', 'بنما', 'نما', 'صحة', 'لقاح'].map(normalizeArabic));

describe('dictionary-validated clitic analysis', () => {
  const analysis = createArabicAnalysis({ wordList, documentWords: ['ويكيميديا', 'مؤسسة', 'ليندا'] });

  it('never cuts a letter of a word the list knows', () => {
    for (const w of ['وزارة', 'ولاية', 'فقدان', 'بنما']) expect(analysis.display(w)).toBe(w);
  });

  it('takes a conjunction or preposition off when the rest is the known word', () => {
    expect(analysis.display('والصحة')).toBe('الصحة');
    expect(analysis.display('ولقاح')).toBe('لقاح');
    expect(analysis.display('للصحة')).toBe('الصحة');
  });

  it('cuts an unknown name only when the document writes it alone too', () => {
    expect(analysis.display('وويكيميديا')).toBe('ويكيميديا');
    expect(analysis.display('لليندا')).toBe('ليندا');
    expect(analysis.display('كاليفورنيا')).toBe('كاليفورنيا');
    expect(analysis.display('بولتون')).toBe('بولتون');
  });

  it('keeps the diacritics of what is left', () => {
    expect(analysis.display('وَلَقَاح')).toBe('لَقَاح');
  });

  it('reads a lexicon that strips clitics itself: the whole is known only when no cut gives the same reading', () => {
    const korea = ['Korea'];
    const ministry = ['ministry'];
    const lookup = (w: string): string[] | undefined => (w.endsWith('كوريا') ? korea : w === 'وزاره' ? ministry : undefined);
    const a = createArabicAnalysis({ wordList: null, lookup });
    expect(a.display('وكوريا')).toBe('كوريا');
    expect(a.display('وزارة')).toBe('وزارة');
  });

  it('reads ل + the article before a word starting with ل, written with one ل less, as that word with its article', () => {
    // A lexicon that strips clitics as the real one does: a known stem after و, ل, ال or لل reads as the stem.
    const known: Record<string, string[]> = { لقاح: ['vaccine'], لجنه: ['committee'], لبنان: ['Lebanon'], امن: ['security'] };
    const lookup = (w: string): string[] | undefined => {
      for (const p of ['', 'و', 'ل', 'ال', 'لل']) if (w.startsWith(p) && known[w.slice(p.length)]) return known[w.slice(p.length)];
      return undefined;
    };
    const a = createArabicAnalysis({ wordList: new Set(['جنه', 'بنان'].map(normalizeArabic)), lookup });
    expect(a.display('للقاح')).toBe('اللقاح');
    expect(a.display('وللقاح')).toBe('اللقاح');
    // Not ال + جنة "paradise", which the word list knows: ال + لجنة "committee", the reading the lexicon gives.
    expect(a.display('للجنة')).toBe('اللجنة');
    // A name takes no article: ل + لبنان, never ال + بنان "fingertips".
    expect(a.display('للبنان')).toBe('لبنان');
    // لأمن reads "security" only through its cut (ل + أمن): ل + الأمن, as before.
    expect(a.display('للأمن')).toBe('الأمن');
  });
});
