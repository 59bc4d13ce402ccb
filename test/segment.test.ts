import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { presplit } from '../src/segment/presplit.ts';
import type { Lang } from '../src/types.ts';
import { cli, corpus } from './helpers.ts';

const texts = (text: string, lang: Lang): string[] => segment(text, lang).map((s) => s.text);

describe('segment: English abbreviations, initials and acronyms', () => {
  it('splits English sentences and keeps "Nov. 21" inside its sentence', () => {
    expect(texts('The three countries had condemned North Korea’s Nov. 21 rocket launch. Seoul officials expect the technology to be rudimentary.', 'en')).toEqual([
      'The three countries had condemned North Korea’s Nov. 21 rocket launch.',
      'Seoul officials expect the technology to be rudimentary.',
    ]);
  });

  it('does not cut after Mr. or an initial', () => {
    expect(texts('Mr. Blinken met Dionisio A. Lind in Seoul. They talked.', 'en')).toEqual(['Mr. Blinken met Dionisio A. Lind in Seoul.', 'They talked.']);
  });

  it('never ends a sentence at a title: Mr., Ms., Dr., Sen., Capt., Rev., Gen., Gov., vs.', () => {
    const text =
      'Ms. Psaki said Sen. Chris Murphy and Capt. Ramos would attend. Rev. Al Sharpton, Gov. Gavin Newsom and Gen. Mark Milley spoke, ' +
      'and Dr. Anthony Fauci compared Kansas vs. Missouri. They left.';
    expect(texts(text, 'en')).toEqual([
      'Ms. Psaki said Sen. Chris Murphy and Capt. Ramos would attend.',
      'Rev. Al Sharpton, Gov. Gavin Newsom and Gen. Mark Milley spoke, and Dr. Anthony Fauci compared Kansas vs. Missouri.',
      'They left.',
    ]);
  });

  it('keeps initials together: "J. R. R. Tolkien", "Harry S. Truman"', () => {
    expect(texts('The Hobbit is by J. R. R. Tolkien. Harry S. Truman read it.', 'en')).toEqual(['The Hobbit is by J. R. R. Tolkien.', 'Harry S. Truman read it.']);
  });

  it('cuts after a letter that labels rather than names: "vitamin D. Large studies …"', () => {
    expect(texts('It is given with zinc and vitamin D. Large studies are underway at Duke University.', 'en')).toEqual([
      'It is given with zinc and vitamin D.',
      'Large studies are underway at Duke University.',
    ]);
  });

  it('keeps "U.S." and "U.N." inside a sentence, and ends it there when a new sentence follows', () => {
    expect(texts('U.S. officials said the U.N. Security Council met. He moved to the U.S. in 2010. Then he left the U.S. The move was hard.', 'en')).toEqual([
      'U.S. officials said the U.N. Security Council met.',
      'He moved to the U.S. in 2010.',
      'Then he left the U.S.',
      'The move was hard.',
    ]);
  });

  it('reads a.m./p.m. like acronyms: "10 a.m. Eastern time" goes on, "at 6 p.m. They" ends', () => {
    expect(texts('The meeting starts at 10 a.m. Eastern time and ends at 6 p.m. They expect a statement.', 'en')).toEqual([
      'The meeting starts at 10 a.m. Eastern time and ends at 6 p.m.',
      'They expect a statement.',
    ]);
  });

  it('keeps company names, "St. Louis", "et al.", "Fig. 2", "No. 5" and "e.g." inside their sentences', () => {
    const text =
      'Emergent Biosolutions teamed with Novavax Inc. in the development of a vaccine. Washington University in St. Louis announced it. ' +
      'Zhou et al. reported it, e.g. in Fig. 2 and table No. 5 of their paper. Whitby et al. Commercial devices differ.';
    expect(texts(text, 'en')).toEqual([
      'Emergent Biosolutions teamed with Novavax Inc. in the development of a vaccine.',
      'Washington University in St. Louis announced it.',
      'Zhou et al. reported it, e.g. in Fig. 2 and table No. 5 of their paper.',
      'Whitby et al.',
      'Commercial devices differ.',
    ]);
  });

  it('ends a sentence at "etc." before a capital', () => {
    expect(texts('They sell masks, gloves, gowns, etc. Prices rose.', 'en')).toEqual(['They sell masks, gloves, gowns, etc.', 'Prices rose.']);
  });

  it('does not cut decimals, versions, URLs or e-mail addresses', () => {
    const text = 'Version v1.2 of the app reached 2.5 million users. Write to press@who.int or see https://www.who.int/news?id=3.5. Then call.';
    expect(texts(text, 'en')).toEqual([
      'Version v1.2 of the app reached 2.5 million users.',
      'Write to press@who.int or see https://www.who.int/news?id=3.5.',
      'Then call.',
    ]);
  });

  it('cuts at a stop glued to a capitalised word, as in text whose citations were removed: "SARS-CoV-2.The virus"', () => {
    expect(texts('China reported faecal-oral transmission of SARS-CoV-2.The virus is most contagious early.', 'en')).toEqual([
      'China reported faecal-oral transmission of SARS-CoV-2.',
      'The virus is most contagious early.',
    ]);
  });

  it('handles ellipses: a lower-case word goes on, a capital starts a new sentence', () => {
    expect(texts('Wait... what happened? I do not know… Maybe nothing.', 'en')).toEqual(['Wait... what happened?', 'I do not know…', 'Maybe nothing.']);
  });

  it('keeps closing quotes and brackets with the stop before them', () => {
    expect(texts('"We will respond," he said. "They must stop." Next, he left (as planned.) The talks ended.', 'en')).toEqual([
      '"We will respond," he said.',
      '"They must stop."',
      'Next, he left (as planned.)',
      'The talks ended.',
    ]);
  });

  it('ends sentences at "?!" and "!", but not at a quoted question followed by "he asked"', () => {
    expect(texts('Really?! Yes! “Why now?” she asked. Nobody answered.', 'en')).toEqual(['Really?!', 'Yes!', '“Why now?” she asked.', 'Nobody answered.']);
  });

  it('keeps a list number with its item', () => {
    expect(texts('1. Wash your hands.\n2. Wear a mask.', 'en')).toEqual(['1. Wash your hands.', '2. Wear a mask.']);
  });
});

describe('segment: Arabic', () => {
  it('ends Arabic sentences at "." and "؟" but not at "،"', () => {
    expect(texts('قال سوليفان، للصحفيين، إن الاجتماع مهم. هل انتهى الاجتماع؟ نعم.', 'ar')).toEqual(['قال سوليفان، للصحفيين، إن الاجتماع مهم.', 'هل انتهى الاجتماع؟', 'نعم.']);
  });

  it('ends at "!", "?", "۔" and not at "؛"', () => {
    expect(texts('انتهى الاجتماع؛ وغادر الوفد! هل عاد? لا۔ انتهى.', 'ar')).toEqual(['انتهى الاجتماع؛ وغادر الوفد!', 'هل عاد?', 'لا۔', 'انتهى.']);
  });

  it('does not cut after the abbreviations د. أ.د. م. ص.ب.', () => {
    expect(texts('قال د. أحمد زويل إن التجربة نجحت. وحضر أ.د. محمد علي والمهندس م. خالد سعيد. العنوان ص.ب. 1234 الرياض.', 'ar')).toEqual([
      'قال د. أحمد زويل إن التجربة نجحت.',
      'وحضر أ.د. محمد علي والمهندس م. خالد سعيد.',
      'العنوان ص.ب. 1234 الرياض.',
    ]);
  });

  it('ends a sentence at an era mark (م. هـ. ق.م.) only when a new sentence follows', () => {
    expect(texts('ولد سنة 570 م. وتوفي سنة 11 هـ. وبنيت الأهرام قبل 2500 ق.م. تقريبًا. حكم من 570 م. إلى 632 م. في مكة.', 'ar')).toEqual([
      'ولد سنة 570 م.',
      'وتوفي سنة 11 هـ.',
      'وبنيت الأهرام قبل 2500 ق.م. تقريبًا.',
      'حكم من 570 م. إلى 632 م.',
      'في مكة.',
    ]);
  });

  it('does not cut Arabic-Indic or Persian numbers with their decimal separator, nor 2.5', () => {
    expect(texts('بلغ معدل النمو ٢٫٥٪ في عام ٢٠٢٣. وارتفع إلى ۳٫۷ في المائة و2.5 أيضًا.', 'ar')).toEqual([
      'بلغ معدل النمو ٢٫٥٪ في عام ٢٠٢٣.',
      'وارتفع إلى ۳٫۷ في المائة و2.5 أيضًا.',
    ]);
  });

  it('keeps typographic quotes “ ” « » ‘ ’ with their sentence', () => {
    expect(texts('قال: «لن نتراجع». ثم قال “سنرد”. وقال ‘نعم’. انتهى.', 'ar')).toEqual(['قال: «لن نتراجع».', 'ثم قال “سنرد”.', 'وقال ‘نعم’.', 'انتهى.']);
  });

  it('attaches a lone "." after a quote to the sentence before it', () => {
    expect(texts('وقال إن الحلفاء “أطلقوا مبادرات جديدة” . وغادر الوفد.', 'ar')).toEqual(['وقال إن الحلفاء “أطلقوا مبادرات جديدة” .', 'وغادر الوفد.']);
    expect(texts('وقال إن الحلفاء “أطلقوا مبادرات جديدة”\n.\nوغادر الوفد.', 'ar')).toEqual(['وقال إن الحلفاء “أطلقوا مبادرات جديدة”\n.', 'وغادر الوفد.']);
  });

  it('is not disturbed by tatweel and diacritics', () => {
    expect(texts('إنّ الاجتماعَ مهمٌّ جدًّا. وقالـــــت الوزيرة إنه ناجح. وحضر دُ. أحمد.', 'ar')).toEqual([
      'إنّ الاجتماعَ مهمٌّ جدًّا.',
      'وقالـــــت الوزيرة إنه ناجح.',
      'وحضر دُ. أحمد.',
    ]);
  });

  it('cuts at a stop glued to the next Arabic word, a common typing slip', () => {
    expect(texts('وصلت التوترات إلى أعلى مستوياتها.وقال الزعيم إن ذلك خطير.', 'ar')).toEqual(['وصلت التوترات إلى أعلى مستوياتها.', 'وقال الزعيم إن ذلك خطير.']);
  });

  it('ends a sentence at a Latin letter before an Arabic word: "بروتين S. وفقًا …"', () => {
    expect(texts('حدث تركيب متماثل ضمن بروتين S. وفقًا لدراسة، اقترح الباحثون ذلك.', 'ar')).toEqual([
      'حدث تركيب متماثل ضمن بروتين S.',
      'وفقًا لدراسة، اقترح الباحثون ذلك.',
    ]);
  });
});

describe('segment: the sample corpus', () => {
  it('attaches the stray ". ." to the sentence before it', () => {
    const s = segment(corpus('ar'), 'ar');
    expect(s.some((x) => /^[.\s]+$/.test(x.text))).toBe(false);
    expect(s.find((x) => x.text.includes('من خلال التبادلات'))?.text.endsWith('”. .')).toBe(true);
  });

  it('keeps the fragment "أسلحة نووية." as a sentence of its own, as the text writes it', () => {
    const s = texts(corpus('ar'), 'ar');
    expect(s).toContain('أسلحة نووية.');
    expect(s.find((x) => x.includes('للأسلحة النووية'))?.endsWith('بالاستخدام الوقائي للأسلحة النووية.')).toBe(true);
  });

  it('ends a sentence at a line break without final punctuation (a headline)', () => {
    expect(texts(corpus('ar'), 'ar')).toContain('العلاقات بين روسيا وكوريا الشمالية');
  });

  it('finds 19 Arabic and 14 English sentences', () => {
    expect(segment(corpus('ar'), 'ar')).toHaveLength(19);
    expect(segment(corpus('en'), 'en')).toHaveLength(14);
  });

  it('gives offsets that point back into the original text', () => {
    for (const lang of ['ar', 'en'] as const) {
      const text = corpus(lang);
      for (const s of segment(text, lang)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('segment: lines, paragraphs and encodings', () => {
  it('handles a BOM and CRLF, drops blank lines, and keeps offsets into the original string', () => {
    const text = '\uFEFFHeadline without a stop\r\nSecond line. Third sentence.\r\n\r\n   \r\nNew paragraph.';
    const s = segment(text, 'en');
    expect(s.map((x) => x.text)).toEqual(['Headline without a stop', 'Second line.', 'Third sentence.', 'New paragraph.']);
    expect(s[0].start).toBe(1);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('never crosses a paragraph, even for stray punctuation', () => {
    expect(texts('He said so. .\n\n.\nNext one.', 'en')).toEqual(['He said so. .', '.\nNext one.']);
  });

  it('drops whitespace-only input', () => {
    expect(segment(' \r\n\t\n\u00A0', 'ar')).toEqual([]);
  });

  it('numbers sentences from 0', () => {
    expect(segment('One. Two. Three.', 'en').map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

describe('segment CLI', () => {
  it('prints one sentence per line for both languages', () => {
    const ar = cli(['segment', '--lang', 'ar', 'corpus/seoul-talks.ar.txt']);
    expect(ar.status).toBe(0);
    expect(ar.stdout.trimEnd().split('\n')).toEqual(texts(corpus('ar'), 'ar'));
    const en = cli(['segment', '--lang', 'en', 'corpus/seoul-talks.en.txt']);
    expect(en.stdout.trimEnd().split('\n')).toEqual(texts(corpus('en'), 'en'));
  });
});

describe('presplit', () => {
  it('takes every non-empty line as one sentence', () => {
    expect(presplit('Jake Sullivan.\r\n\r\n  Takeo Akiba  \n').map((s) => s.text)).toEqual(['Jake Sullivan.', 'Takeo Akiba']);
  });
});
