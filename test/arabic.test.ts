import { describe, expect, it } from 'vitest';
import { stemCandidates, stripProclitics } from '../src/arabic/clitics.ts';
import { arabicShare, asciiDigits, displayTerm, normalizeArabic } from '../src/arabic/normalize.ts';
import { checkNotPersianOrUrdu } from '../src/io/language.ts';

describe('normalizeArabic', () => {
  it('folds alef forms, ى, ة, diacritics and tatweel', () => {
    expect(normalizeArabic('أَكَّدَ')).toBe('اكد');
    expect(normalizeArabic('إزاء')).toBe('ازاء');
    expect(normalizeArabic('الكوريـــة')).toBe('الكوريه');
    expect(normalizeArabic('مستوى')).toBe('مستوي');
    expect(normalizeArabic('نوويًا')).toBe('نوويا');
  });

  it('folds Arabic as it arrives: Persian and Urdu letters, invisible marks, presentation forms', () => {
    expect(normalizeArabic('جیک سولیفان')).toBe(normalizeArabic('جيك سوليفان')); // ی ک typed on a Persian keyboard
    expect(normalizeArabic('کوریا الشمالیۀ')).toBe(normalizeArabic('كوريا الشمالية'));
    expect(normalizeArabic('مکہ')).toBe('مكه');
    expect(normalizeArabic('سيول\u200F \u200Cالرئيس\u200B\u061C\uFEFF\u200D\u200E')).toBe('سيول الرييس');
    expect(normalizeArabic('\uFEF7\uFEB3\uFEEE\uFEDF')).toBe('لاسول'); // ﻷ ﺳ ﻮ ﻟ from an old PDF
    expect(normalizeArabic('وَاليَابَانُ')).toBe('واليابان');
  });

  it('shows a term as the text has it, without marks stranded at its edges', () => {
    expect(displayTerm('َاليَابَانُ')).toBe('اليَابَانُ'); // the fatha of a stripped و
    expect(displayTerm('\u200Fجيك\u200F سوليفان\u200F')).toBe('جيك سوليفان');
    expect(displayTerm('جیک سولیفان')).toBe('جیک سولیفان'); // the text's own letters
  });

  it('turns Arabic-Indic digits and the decimal separator into ASCII', () => {
    expect(asciiDigits('٢٫٥ و٢٠٢٣')).toBe('2.5 و2023');
  });
});

describe('clitics', () => {
  it('finds the stem under conjunction, preposition and article', () => {
    expect(stemCandidates('والولايات')).toContain('الولايات');
    expect(stemCandidates('بالعملات')).toContain('عمله');
    expect(stemCandidates('وحلفاؤها')).toContain('حلفاو');
  });

  it('gives a weak-final verb its last letter back, after every other reading', () => {
    // انتهت "it ended" is انتهى + ت; عانوا "they suffered" عانى + وا; دعت "she called" دعا + ت; لا تنسَ "don't forget".
    expect(stemCandidates('انتهت')).toContain(normalizeArabic('انتهى'));
    expect(stemCandidates('عانوا')).toContain(normalizeArabic('عانى'));
    expect(stemCandidates('دعت')).toContain('دعا');
    expect(stemCandidates('تنسَ')).toContain(normalizeArabic('تنسى'));
    // Tried last: جعلت still reads جعل first.
    const c = stemCandidates('جعلت');
    expect(c.indexOf('جعل')).toBeLessThan(c.indexOf('جعلي'));
  });

  it('reads the past tense\'s "you" (plural, dual), also before an object pronoun', () => {
    // قررتم "you decided", أكدتما "you two confirmed", أرسلتموه "you sent him", ساعدتمونا "you helped us".
    expect(stemCandidates('قررتم')).toContain('قرر');
    expect(stemCandidates('أكدتما')).toContain('اكد');
    expect(stemCandidates('أرسلتموه')).toContain('ارسل');
    expect(stemCandidates('ساعدتمونا')).toContain('ساعد');
    // -تا and -تن end foreign names far more often than verbs: ريناتا Renata is not رينا.
    expect(stemCandidates('ريناتا')).not.toContain('رينا');
    expect(stemCandidates('كوينتن')).not.toContain('كوين');
  });

  it('gives a hollow verb its long vowel back before نا and تم, ahead of the plain cut', () => {
    // قلنا "we said" is قال, not قل; زرتم "you visited" زار, not زر "button"; بعناها "we sold it" باع.
    expect(stemCandidates('زرتم')).toContain('زار');
    expect(stemCandidates('بعناها')).toContain('باع');
    for (const [word, verb] of [['قلنا', 'قال'], ['خفنا', 'خاف'], ['نمنا', 'نام']]) {
      const c = stemCandidates(word);
      expect(c.indexOf(verb), word).toBeGreaterThan(0);
      expect(c.indexOf(verb), word).toBeLessThan(c.indexOf(verb[0] + verb[2]));
    }
    // Not after a proclitic (فهمنا we understood: فهم, not ف + هام), not with a vowel letter in the stem (the names
    // مينا, رينا), and not before ت, which also ends a doubled verb's "she" (ردت she replied, from ردّ).
    expect(stemCandidates('فهمنا')).not.toContain('هام');
    expect(stemCandidates('مينا')).not.toContain('ماي');
    expect(stemCandidates('رينا')).not.toContain('راي');
    expect(stemCandidates('ردت')).not.toContain('راد');
  });

  it('strips proclitics for display but keeps the article', () => {
    expect(stripProclitics('وكوريا')).toBe('كوريا');
    expect(stripProclitics('لبيونغ')).toBe('بيونغ');
    expect(stripProclitics('بالبيت')).toBe('البيت');
    expect(stripProclitics('للأمن')).toBe('الأمن');
  });
});

describe('arabicShare', () => {
  it('tells Arabic text from English', () => {
    expect(arabicShare('وقال سوليفان إن الاجتماع')).toBe(1);
    expect(arabicShare('Jake Sullivan said')).toBe(0);
    expect(arabicShare('123 ...')).toBe(0);
  });
});

describe('Persian or Urdu given as Arabic', () => {
  const AR = 'قال مستشار الأمن القومي إن المحادثات ستستمر وأعرب الحلفاء عن قلقهم من الأنشطة الإلكترونية. '.repeat(4);
  it('a Persian name in an Arabic text is a warning, not a refusal; plain Arabic and Arabic typed with ی ک pass silently', () => {
    expect(checkNotPersianOrUrdu(AR + 'گفتگو', 'a.txt')).toMatch(/^warning: a\.txt: 2 of its \d+ Arabic-script letters \(0\.\d%\) are Persian letters Arabic does not use \(پ چ ژ گ\): is part of it Persian\?$/);
    expect(checkNotPersianOrUrdu(AR, 'a.txt')).toBeUndefined();
    expect(checkNotPersianOrUrdu(AR.replace(/ي/g, 'ی').replace(/ك/g, 'ک'), 'a.txt')).toBeUndefined();
  });
});
