import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { associationLinker } from '../src/glossary/association.ts';
import { extractPhrasePairs } from '../src/glossary/extract.ts';
import { alignWords, prepareArabic, prepareEnglish } from '../src/glossary/wordalign.ts';
import { termCandidates } from '../src/english/phrases.ts';
import type { Link } from '../src/types.ts';

const lexicon = createLexicalEncoder();

function pairs(ar: string, en: string): string[] {
  const a = prepareArabic(ar, lexicon);
  const e = prepareEnglish(en);
  return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words)).map((p) => `${p.en} ↔ ${p.ar}`);
}

describe('word alignment and phrase extraction', () => {
  it('links through clitics and compounds, and reorders noun–adjective', () => {
    const a = prepareArabic('من الجرائم الإلكترونية وغسل الأموال بالعملات المشفرة', lexicon);
    const e = prepareEnglish('cyber crimes and cryptocurrency money laundering');
    const links = alignWords(a, e).map((l) => `${a.words[l.a].text}–${e.words[l.e].text}`);
    expect(links).toEqual(expect.arrayContaining(['بالعملات–cryptocurrency', 'المشفرة–cryptocurrency', 'وغسل–laundering', 'الإلكترونية–cyber']));
    expect(pairs('من الجرائم الإلكترونية وغسل الأموال بالعملات المشفرة', 'cyber crimes and cryptocurrency money laundering')).toEqual(
      expect.arrayContaining(['cyber crimes ↔ الجرائم الإلكترونية', 'cryptocurrency money laundering ↔ غسل الأموال بالعملات المشفرة']),
    );
  });

  it('pairs names no lexicon knows by their sound, keeping a name’s own first letter', () => {
    expect(pairs('وقال تاكيو أكيبا إن', 'Takeo Akiba said')).toContain('Takeo Akiba ↔ تاكيو أكيبا');
    expect(pairs('لمساعدة فلاديمير بوتين', 'to help Vladimir Putin')).toContain('Vladimir Putin ↔ فلاديمير بوتين');
    // ب of بروكلين is the name's B, not "in": the word as written is keyed too.
    expect(pairs('تأجير مكان في بروكلين.', 'leasing a location in Brooklyn.')).toContain('Brooklyn ↔ بروكلين');
    // St. is said "Saint" (سانت), and its full stop stays inside the name.
    expect(pairs('جامعة واشنطن في سانت لويس', 'Washington University in St. Louis')).toContain('St. Louis ↔ سانت لويس');
    // A brand's inner capital starts a word the Arabic writes apart.
    expect(pairs('يوجد في مبنى تابع لشركة وي ورك، والتي', 'is located in a WeWork, which')).toContain('WeWork ↔ وي ورك');
  });

  it('reads each name of a list on its own: no name run crosses a comma, and a listed name drops the list’s و', () => {
    const p = pairs('شملت المناطق تايوان وسنغافورة وأستراليا والسويد', 'Regions included Taiwan, Singapore, Australia, Sweden');
    expect(p).toEqual(expect.arrayContaining(['Singapore ↔ سنغافورة', 'Australia ↔ أستراليا']));
    expect(pairs('بما في ذلك لوس أنجلوس وسان فرانسيسكو وسياتل ومدينة نيويورك', 'including Los Angeles, San Francisco, Seattle, and New York City')).toContain('Seattle ↔ سياتل');
  });

  it('fills a hole the dictionaries leave in a phrase from the neighbours, unless the document’s counts refute it', () => {
    const withCounts = (ar: string, en: string, counts: () => { ar: number; en: number; both: number }): string[] => {
      const a = prepareArabic(ar, lexicon);
      const e = prepareEnglish(en);
      return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), counts).map((p) => `${p.en} ↔ ${p.ar}`);
    };
    // the lexicons read أنفي only as the verb "deny", never "nasal", ارتفاع reads "rise": each stands where its English word's translation is missing.
    const once = () => ({ ar: 1, en: 1, both: 1 });
    expect(withCounts('يمكن أن يكون لقاح أنفي متاحا قريبا', 'a nasal vaccine may be available soon', once)).toContain('nasal vaccine ↔ لقاح أنفي');
    expect(withCounts('هل لديك ارتفاع الكوليسترول؟', 'Do you have high cholesterol?', once)).toContain('high cholesterol ↔ ارتفاع الكوليسترول');
    // Met together once, apart four times: the document says the two words are not each other's.
    const refuted = () => ({ ar: 5, en: 4, both: 1 });
    expect(withCounts('يمكن أن يكون لقاح أنفي متاحا قريبا', 'a nasal vaccine may be available soon', refuted)).not.toContain('nasal vaccine ↔ لقاح أنفي');
    // The neighbour meets its word twice in the sentence (care ↔ العناية and والعناية): the free word beside either
    // one is the hole (المتوسطة reads "medium").
    expect(withCounts('توفر أسرة العناية المركزة والعناية المتوسطة في أوروبا', 'the availability of intensive care and intermediate care beds in Europe', once)).toContain('intermediate care ↔ العناية المتوسطة');
    // An English word said often, translated otherwise elsewhere, is no refutation while the Arabic word is said only here.
    expect(withCounts('يمكن أن يكون لقاح أنفي متاحا قريبا', 'a nasal vaccine may be available soon', () => ({ ar: 1, en: 3, both: 1 }))).toContain('nasal vaccine ↔ لقاح أنفي');
    expect(withCounts('يمكن أن يكون لقاح أنفي متاحا قريبا', 'a nasal vaccine may be available soon', () => ({ ar: 1, en: 4, both: 1 }))).not.toContain('nasal vaccine ↔ لقاح أنفي');
    // Only words of one phrase: an adverb before a verb takes no hole ("thus taking" leaves المسار to "natural course").
    expect(withCounts('ومن ثم مراعاة المسار الطبيعي للمرض', 'thus taking into account the natural course of the disease', once)).toContain('natural course ↔ المسار الطبيعي');
    // Without counts (a short news pair) no hole is filled.
    expect(pairs('يمكن أن يكون لقاح أنفي متاحا قريبا', 'a nasal vaccine may be available soon')).not.toContain('nasal vaccine ↔ لقاح أنفي');
  });

  it('pairs a lone English word with the Arabic phrase between its neighbours’ partners (stakeholders ↔ الأطراف المعنية)', () => {
    const withCounts = (ar: string, en: string, counts: () => { ar: number; en: number; both: number }): string[] => {
      const a = prepareArabic(ar, lexicon);
      const e = prepareEnglish(en);
      return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), counts).map((p) => `${p.en} ↔ ${p.ar}`);
    };
    const once = () => ({ ar: 1, en: 1, both: 1 });
    // الأطراف reads "parties", المعنية "concerned": neither meets "stakeholders", and both stand in its place.
    expect(withCounts('نظمنا مناقشات مع الأطراف المعنية لدراسة الخطة', 'we held discussions with stakeholders to examine the plan', once)).toContain('stakeholders ↔ الأطراف المعنية');
    // The document refutes it, or a preposition opens a new phrase inside the run: no pair.
    expect(withCounts('نظمنا مناقشات مع الأطراف المعنية لدراسة الخطة', 'we held discussions with stakeholders to examine the plan', () => ({ ar: 5, en: 4, both: 1 }))).not.toContain('stakeholders ↔ الأطراف المعنية');
    expect(withCounts('نظمنا مناقشات مع الأطراف لمعرفة الخطة', 'we held discussions with stakeholders on the plan', once).some((p) => p.startsWith('stakeholders ↔'))).toBe(false);
  });

  it('lets an English compound take the preposition its Arabic puts between head and modifier (human testing ↔ الاختبارات في البشر)', () => {
    const withCounts = (ar: string, en: string): string[] => {
      const a = prepareArabic(ar, lexicon);
      const e = prepareEnglish(en);
      return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), () => ({ ar: 1, en: 1, both: 1 })).map((p) => `${p.en} ↔ ${p.ar}`);
    };
    expect(withCounts('وقد بدأت الاختبارات في البشر الشهر الماضي', 'human testing began last month')).toContain('human testing ↔ الاختبارات في البشر');
    expect(withCounts('تم تأكيد انتقال العدوى إلى المجتمع في إيطاليا', 'community transmission was confirmed in Italy')).toContain('community transmission ↔ انتقال العدوى إلى المجتمع');
    // The head's word comes after the preposition: a verb and its object, no compound.
    expect(withCounts('ساعدت الإجراءات في السيطرة على الإنفلونزا', 'the measures helped controlling influenza').some((p) => p.includes('السيطرة على'))).toBe(false);
    // Without the document's counts (a short news pair), no preposition is bridged.
    expect(pairs('وقد بدأت الاختبارات في البشر الشهر الماضي', 'human testing began last month')).not.toContain('human testing ↔ الاختبارات في البشر');
  });

  it('pairs a closed English compound with its head’s Arabic word and the modifier after it (cellphones ↔ الهواتف الخلوية)', () => {
    const withCounts = (ar: string, en: string, counts: () => { ar: number; en: number; both: number }): string[] => {
      const a = prepareArabic(ar, lexicon);
      const e = prepareEnglish(en);
      return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), counts).map((p) => `${p.en} ↔ ${p.ar}`);
    };
    const once = () => ({ ar: 1, en: 1, both: 1 });
    // No lexicon has "cellphones"; its head "phones" is الهواتف, and الخلوية after it says "cell".
    expect(withCounts('يسجل التطبيق القرب من الهواتف الخلوية الأخرى', 'the app logs proximity to other cellphones', once)).toContain('cellphones ↔ الهواتف الخلوية');
    // A construct noun before the head's article is the head's (أجهزة الكمبيوتر "computers").
    expect(withCounts('تعاونت الجامعات للوصول إلى أجهزة الكمبيوتر العملاقة لدى الشركة', 'universities pooled resources to access supercomputers at the company', once)).toContain(
      'supercomputers ↔ أجهزة الكمبيوتر العملاقة',
    );
    // The document refutes the modifier (الخلوية said five times, with "cellphones" once), or there are no counts.
    expect(withCounts('يسجل التطبيق القرب من الهواتف الخلوية الأخرى', 'the app logs proximity to other cellphones', () => ({ ar: 5, en: 1, both: 1 }))).not.toContain('cellphones ↔ الهواتف الخلوية');
    expect(pairs('يسجل التطبيق القرب من الهواتف الخلوية الأخرى', 'the app logs proximity to other cellphones')).not.toContain('cellphones ↔ الهواتف الخلوية');
  });

  it('keeps a coordination inside a name whose English has its "and", with the pronoun the Arabic needs', () => {
    expect(pairs('أعلن المركز الصيني لمكافحة الأمراض والوقاية منها', 'the Chinese Center for Disease Control and Prevention announced')).toContain(
      'Chinese Center for Disease Control and Prevention ↔ المركز الصيني لمكافحة الأمراض والوقاية منها',
    );
    // Two places in a list are two names.
    expect(pairs('في أستراليا ونيوزيلندا', 'in Australia and New Zealand').some((p) => p.includes('أستراليا ونيوزيلندا'))).toBe(false);
  });

  it('pairs a slashed English pair with its Arabic written with the slash (EU/EEA ↔ الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية)', () => {
    const a = prepareArabic('ارتفعت الحالات في الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية والمملكة المتحدة', lexicon);
    const e = prepareEnglish('cases rose in the EU/EEA and the UK');
    // EU meets الاتحاد الأوروبي by the lexicon; EEA meets its expansion as a long document's counts spell it.
    const eea = e.words.findIndex((w) => w.text === 'EEA');
    const expansion = ['المنطقة', 'الاقتصادية', 'الأوروبية'].map((w) => a.words.findIndex((x) => x.text === w));
    const links = [...alignWords(a, e), ...expansion.map((i) => ({ a: i, e: eea, weight: 0.9, kind: 'lexicon' as const }))];
    const found = extractPhrasePairs(a, e, links, termCandidates(e.text, e.words)).map((p) => `${p.en} ↔ ${p.ar}`);
    // Each acronym meets its own Arabic name; the pair takes both, the slash kept.
    expect(found).toContain('EU/EEA ↔ الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية');
    expect(found).toContain('EEA ↔ المنطقة الاقتصادية الأوروبية');
    // A single English word never crosses an Arabic slash.
    expect(found.some((p) => /^(EU|EEA) ↔ .*\//.test(p))).toBe(false);
  });

  it('keeps the preposition and pronoun a passive participle needs (notified cases ↔ الحالات المبلغ عنها)', () => {
    const a = prepareArabic('ارتفع عدد الحالات المبلغ عنها في إيطاليا', lexicon);
    const e = prepareEnglish('the number of notified cases rose in Italy');
    // المبلغ meets "notified" by the gap it leaves (the document's counts agree once).
    const found = extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), () => ({ ar: 1, en: 1, both: 1 })).map((p) => `${p.en} ↔ ${p.ar}`);
    expect(found).toContain('notified cases ↔ الحالات المبلغ عنها');
    // A pronoun after a plain noun is the sentence's (الحالات عنها is no term).
    expect(pairs('تحدث الأطباء عن الحالات عنها في إيطاليا', 'doctors spoke about the cases in Italy').some((p) => p.includes('عنها'))).toBe(false);
  });

  it('keeps a known name’s letters: هافانا is Havana, never a possessed noun (هافا + نا)', () => {
    const a = prepareArabic('أصيب موظفو السفارة في هافانا بأعراض غامضة', lexicon);
    expect(a.possessed[a.norm.indexOf('هافانا')]).toBe(false);
    expect(pairs('أصيب موظفو السفارة في هافانا بأعراض غامضة', 'embassy staff in Havana had mysterious symptoms')).toContain('Havana ↔ هافانا');
  });

  it('keeps the adjective the Arabic needs where the English has one word (campus ↔ الحرم الجامعي), never one the English says', () => {
    expect(pairs('وأنفق الطلاب حوالي 60 مليون دولار خارج الحرم الجامعي.', 'students spent about $60 million off campus.')).toContain('campus ↔ الحرم الجامعي');
    // "other" and "heart" say the adjective in English: the term stays the noun.
    expect(pairs('أغلقت الدول الأخرى المدارس', 'Other countries closed schools')).toContain('countries ↔ الدول');
    expect(pairs('أغلقت الدول الأخرى المدارس', 'Other countries closed schools')).not.toContain('countries ↔ الدول الأخرى');
    expect(pairs('يعاني من مرض قلبي', 'he suffers from heart disease')).not.toContain('disease ↔ مرض قلبي');
  });

  it('meets a Roman numeral with the Arabic ordinal, so a phase keeps its number', () => {
    const p = pairs('أعلنت الشركة عن تجربة سريرية من المرحلة الأولى', 'the company announced a Phase I clinical trial');
    expect(p).toContain('Phase I ↔ المرحلة الأولى');
    expect(p).not.toContain('Phase I ↔ المرحلة');
  });

  it('reads a name by its own language\'s spelling rules too: pinyin x is "sh", French final consonants are silent', () => {
    expect(pairs('دفن انهيار أرضي قرية شينمو', 'a landslide buried the village of Xinmo')).toContain('Xinmo ↔ شينمو');
    expect(pairs('صدمت سيارة جنودا في ليفالوا-بيريه', 'a car hit soldiers in Levallois-Perret')).toContain('Levallois-Perret ↔ ليفالوا-بيريه');
    // Two consonants left (Calais as "Calai") are too few to guess by.
    expect(pairs('وقيل إن الرجل اعتقل', 'the man was arrested near Calais')).not.toContain('Calais ↔ قيل');
  });

  it('pairs an acronym no lexicon knows with the Arabic phrase whose translations spell it, where the counts stand behind the pair', () => {
    const once = () => ({ ar: 1, en: 1, both: 1 });
    const withCounts = (ar: string, en: string): string[] => {
      const a = prepareArabic(ar, lexicon);
      const e = prepareEnglish(en);
      return extractPhrasePairs(a, e, alignWords(a, e), termCandidates(e.text, e.words), once).map((p) => `${p.en} ↔ ${p.ar}`);
    };
    // team, response, crisis: T, R, C in Arabic order, CRT in English.
    expect(withCounts('يعمل فريق الاستجابة للأزمات على إعداد صفحة', 'the CRT is working to set up a page')).toContain('CRT ↔ فريق الاستجابة للأزمات');
    expect(withCounts('ينتشر فيروس متلازمة الشرق الأوسط التنفسية', 'the MERS virus is spreading')).toContain('MERS ↔ متلازمة الشرق الأوسط التنفسية');
    // Without the document's counts (a short news pair, or across unaligned sentences) no acronym is guessed.
    expect(pairs('يعمل فريق الاستجابة للأزمات على إعداد صفحة', 'the CRT is working to set up a page')).not.toContain('CRT ↔ فريق الاستجابة للأزمات');
  });

  it('reads a multiword entry through the acronym English writes for it (UK ↔ المملكة المتحدة "United Kingdom")', () => {
    expect(pairs('أغلقت المملكة المتحدة المدارس', 'the UK closed schools')).toContain('UK ↔ المملكة المتحدة');
  });

  it('links a relational adjective to the place English names instead (US government ↔ الحكومة الأمريكية)', () => {
    expect(pairs('قالت الحكومة الأمريكية إن', 'the US government said')).toContain('US government ↔ الحكومة الأمريكية');
    expect(pairs('طلبت السفارة الأمريكية في هافانا', 'the U.S. embassy in Havana asked')).toContain('U.S. embassy ↔ السفارة الأمريكية');
    expect(pairs('أعلن المركز الصيني للبحوث', 'the China Center for Research announced')).toContain('China Center ↔ المركز الصيني');
    // An adjective the English says keeps its own link: no place is read into it.
    expect(pairs('قالت الحكومة الأمريكية إن', 'the American government in the US said')).not.toContain('US ↔ الأمريكية');
  });

  it('links a particle that says an English prefix (غير ↔ non-/in-, قبل ↔ pre-) to the prefixed word', () => {
    expect(pairs('وقد تكون للقاح التأثيرات غير المحددة', 'the vaccine may have non-specific effects')).toContain('non-specific effects ↔ التأثيرات غير المحددة');
    expect(pairs('قدمت الحكومة معلومات غير كاملة للجنة', 'the government gave incomplete information to the committee')).toContain('incomplete information ↔ معلومات غير كاملة');
    expect(pairs('بعد الاختبارات قبل السريرية', 'after pre-clinical testing')).toContain('pre-clinical testing ↔ الاختبارات قبل السريرية');
    // The particle meets only a word whose base its next word translates: "unknown" is no "not complete".
    expect(pairs('قدمت الحكومة معلومات غير كاملة للجنة', 'the government gave unknown information to the committee')).not.toContain('unknown information ↔ معلومات غير كاملة');
  });

  it('keeps "US" an acronym and never a coordination or a possessive phrase', () => {
    const p = pairs('اتفقت الولايات المتحدة وكوريا الجنوبية على توسيع برنامجه النووي', 'The US and South Korea agreed to expand its nuclear program');
    expect(p).toContain('US ↔ الولايات المتحدة');
    expect(p).toContain('South Korea ↔ كوريا الجنوبية');
    expect(p.some((x) => x.includes('المتحدة وكوريا') || x.includes('برنامجه'))).toBe(false);
  });
});

describe('association links', () => {
  const arWord = 'زرنيخوز';
  const doc = (n: number) => {
    const ar = Array.from({ length: n }, (_, i) => prepareArabic(i % 2 ? `انتشر ${arWord} في المدينة ${i}` : `قال الطبيب ${i}`, lexicon));
    const en = Array.from({ length: n }, (_, i) => prepareEnglish(i % 2 ? `The glimmerpox spread in the city ${i}` : `The doctor said ${i}`));
    const links: Link[] = ar.map((_, i) => ({ ar: [i], en: [i], score: 0.9 }));
    return { ar, en, links };
  };

  it('meets a word no lexicon knows with the English word it always stands beside', () => {
    const { ar, en, links } = doc(24);
    const linker = associationLinker(ar, en, links);
    const found = linker(ar[1], en[1]).map((l) => `${ar[1].words[l.a].text}–${en[1].words[l.e].text}`);
    expect(found).toContain(`${arWord}–glimmerpox`);
  });

  it('stays silent in a document too short for counts to mean anything', () => {
    const { ar, en, links } = doc(10);
    expect(associationLinker(ar, en, links)(ar[1], en[1])).toEqual([]);
  });
});

describe('names read as names', () => {
  it('a capitalised English name beats the lexicon’s common-word reading of its Arabic (ريك is also "irrigation")', () => {
    expect(pairs('وقال وزير الطاقة ريك بيري إن الاتفاق مهم', 'Energy Secretary Rick Perry said the deal was important')).toContain('Rick Perry ↔ ريك بيري');
  });

  it('reads a name with its letters as written when a clitic cut would leave a common word (بينس is Pence, not ب + ينس "forget")', () => {
    expect(pairs('فى نائب الرئيس الأمريكي، مايك بينس، علنيا', 'officials, including Vice President Mike Pence, that Flynn')).toContain('Mike Pence ↔ مايك بينس');
    // The article's letters are a name's own where the English spells them.
    expect(pairs('هبطت أسهم شركات "ألتريا" بواقع 17 في المئة', 'Shares of Altria Group, maker of Marlboro')).toContain('Altria ↔ ألتريا');
  });

  it('takes a list’s و off a name with a spelled initial by the first name’s sound (Heather W ↔ هيثر دبليو)', () => {
    const p = pairs('وبقية فريق القيادة (جرانت آي، وهيثر دبليو، وجيمي في)', 'and the rest of the Leadership Team (Grant I, Heather W, Jaime V)');
    expect(p).toContain('Heather W ↔ هيثر دبليو');
    // The initial I after a name the tagger reads as a verb (Grant) is the name's letter, not the pronoun.
    expect(p).toContain('Grant I ↔ جرانت آي');
    expect(p.some((x) => x.includes('وهيثر'))).toBe(false);
  });

  it('links a spelled initial after a name', () => {
    expect(pairs('شكرا لفريق الأزمات (آماندا كيه)', 'Thanks to the crisis team (Amanda K)')).toContain('Amanda K ↔ آماندا كيه');
  });

  it('reads an acronym spelled letter by letter, hyphened or after a conjunction, before a sound-alike of its part', () => {
    // The whole run spells P E P P P T; بي بي تي alone sounds like "PEPP-PT" too, and would win at equal weight.
    expect(pairs('كان بي إي بي بي-بي تي جهدًا تنسيقيًا', 'PEPP-PT is a co-ordination effort')).toContain('PEPP-PT ↔ بي إي بي بي-بي تي');
    // وآي is "and I" (not واي, the letter Y): the term starts after the conjunction.
    expect(pairs('في نظامي التشغيل أندرويد وآي أو إس لديهما', 'into their Android and iOS operating systems')).toContain('iOS ↔ آي أو إس');
  });
});
