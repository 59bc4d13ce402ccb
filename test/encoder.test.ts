import { describe, expect, it } from 'vitest';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { dot } from '../src/vector.ts';

describe('lexical encoder', () => {
  const enc = createLexicalEncoder();

  it('puts an Arabic sentence closest to its English translation', async () => {
    const ar = await enc.encode(['ويشعرون بالقلق من أن كيم يقدم الذخائر لمساعدة الرئيس الروسي فلاديمير بوتين في شن حرب في أوكرانيا.', 'وقال أكيبا إن الصواريخ الباليستية تتطلب شراكة أعمق.'], 'ar');
    const en = await enc.encode(['Kim is sending munitions to Russian President Vladimir Putin to help him in his war on Ukraine.', 'Akiba said ballistic missiles require a deeper partnership.'], 'en');
    expect(dot(ar[0], en[0])).toBeGreaterThan(dot(ar[0], en[1]));
    expect(dot(ar[1], en[1])).toBeGreaterThan(dot(ar[1], en[0]));
  });

  it('translates words under clitics through the lexicon', () => {
    expect(enc.translateArabicWord('والأسلحة')).toContain('weapon');
    expect(enc.translateArabicWord('بالعملات')).toContain('currency');
    expect(enc.translateArabicPhrase(['وغسل', 'الأموال'])).toContain('money laundering');
  });

  it('meets names no lexicon knows through the phonetic key', async () => {
    const e = new LexicalEncoder([]);
    const [a] = await e.encode(['جيك سوليفان'], 'ar');
    const [b, c] = await e.encode(['Jake Sullivan', 'Antony Blinken'], 'en');
    expect(dot(a, b)).toBeGreaterThan(0.5);
    // Fuzzy key n-grams give unrelated names a trace of similarity (a shared "N$"), never a match.
    expect(dot(a, c)).toBeLessThan(0.05);
  });

  it('learns from approved glossary pairs', () => {
    const e = createLexicalEncoder({ userPairs: [['منتجع كامب ديفيد', 'Camp David retreat']] });
    expect(e.translateArabicPhrase(['منتجع', 'كامب', 'ديفيد'])).toEqual(['Camp David retreat']);
  });
});
