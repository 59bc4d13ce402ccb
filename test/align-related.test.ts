import { describe, expect, it } from 'vitest';
import { arabicItems, englishItems, pairEvidence } from '../src/align/evidence.ts';
import { align } from '../src/align/index.ts';
import { leadLink, relatedLinks, standingGroups, trustedMatches } from '../src/align/related.ts';
import { encodeSide } from '../src/align/sides.ts';
import { prepare } from '../src/align/space.ts';
import { segment } from '../src/segment/index.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts } from '../src/pipeline.ts';

describe('evidence that survives paraphrase', () => {
  it('reads numbers with their scale words, months, weekdays and names the same way in both languages', () => {
    const ar = arabicItems('وقال مانافورت يوم الخميس إن الصفقة بلغت 222 مليون يورو في أغسطس/آب، وقُتل 19 شخصا.');
    const en = englishItems('On Thursday Manafort said the deal was worth €222 million in August; nineteen people were killed.');
    for (const item of ['number:222000000', 'month:8', 'day:4', 'number:19', 'name:MNFRT']) {
      expect(ar.has(item), item).toBe(true);
      expect(en.has(item), item).toBe(true);
    }
  });

  it('does not take the verb "may" for the month, nor a thousands separator for a decimal point', () => {
    expect(englishItems('Prices may rise.').has('month:5')).toBe(false);
    expect(englishItems('He left in May.').has('month:5')).toBe(true);
    expect(englishItems('some 60,000 people').has('number:60000')).toBe(true);
    expect(arabicItems('أكثر من 70 ألف شخص').has('number:70000')).toBe(true);
    expect(arabicItems('قُتل تسعة سجناء').has('number:9')).toBe(true);
    expect(englishItems('Nine inmates are dead').has('number:9')).toBe(true);
  });

  it('reads a number word with the article, a dual scale word, and a name an Arabic report keeps in Latin letters', () => {
    expect(arabicItems('أكد المستشارون الثلاثة التزامات كوريا الشمالية').has('number:3')).toBe(true);
    expect(arabicItems('ويستخدم نحو ملياري شخص الشبكة').has('number:2000000000')).toBe(true);
    expect(englishItems('Our community is now two billion people').has('number:2000000000')).toBe(true);
    expect(arabicItems('وصلوا يوم الاثنين').has('number:2')).toBe(false);
    const ar = arabicItems('وقالت مازدا إن محركها الجديد، المعروف باسم "سكاي اكتيف-إكس" Skyactiv-X، سيكون الأول');
    for (const item of englishItems("Known as 'Skyactiv-X,' the technology mimics a diesel engine").keys()) expect(ar.has(item), item).toBe(true);
  });

  it('weighs a shared item by its rarity: a figure in one sentence of each text outweighs a name in every sentence', () => {
    const ar = ['قال نيمار إنه سيغادر برشلونة.', 'دفع نيمار 222 مليون يورو.', 'نيمار لاعب برازيلي.'];
    const en = ['Neymar says he is leaving Barcelona.', 'Neymar paid the €222 million fee.', 'Neymar is Brazilian.'];
    const ev = pairEvidence(ar, en);
    expect(ev(1, 1).shared).toEqual(['Neymar', '222 million']);
    expect(ev(1, 1).weight).toBeGreaterThan(ev(2, 2).weight);
    expect(ev(2, 2).shared).toEqual(['Neymar']);
  });

  it('reads the hour of the day the way each language writes it, on a 12-hour clock', () => {
    expect(arabicItems('وسمح البنك المركزي للبنوك بالعمل حتى الساعة التاسعة مساء.').has('time:9')).toBe(true);
    expect(englishItems('Banks would be allowed to open until 9pm (1900 GMT).').has('time:9')).toBe(true);
    expect(arabicItems('ووقع الزلزال في حوالي التاسعة و20 دقيقة مساء بالتوقيت المحلي').has('time:9')).toBe(true);
    expect(englishItems('The quake hit at 9:19 pm local time.').has('time:9')).toBe(true);
    expect(arabicItems('وصل الوفد في الساعة 11 صباحا').has('time:11')).toBe(true);
    // An ordinal that is no hour: the second quarter.
    expect([...arabicItems('حققت الشركة أرباحا في الربع الثاني والمرحلة الثانية من الخطة').keys()].some((x) => x.startsWith('time:'))).toBe(false);
    expect([...englishItems('He scored 9 goals in the 2nd half.').keys()].some((x) => x.startsWith('time:'))).toBe(false);
  });

  it('reads counts before a feminine noun and "twice"', () => {
    expect(arabicItems('فاز بكأس الرابطة ثلاث مرات').has('number:3')).toBe(true);
    expect(englishItems('He won three League Cups').has('number:3')).toBe(true);
    expect(arabicItems('وفاز بالكأس مرتين').has('number:2')).toBe(true);
    expect(englishItems('He won the cup twice').has('number:2')).toBe(true);
  });

  it('weighs a shared weekday as little as a small number: a report tells the event\'s day in many statements', () => {
    const ar = ['وأغلقت السلطات الطرق يوم السبت.', 'ووصل الوزير في أغسطس/آب.'];
    const en = ['The landslide struck early Saturday.', 'The minister arrived in August.'];
    const ev = pairEvidence(ar, en);
    expect(ev(0, 0).shared).toEqual(['Saturday']);
    expect(ev(1, 1).shared).toEqual(['August']);
    expect(ev(0, 0).weight).toBeCloseTo(ev(1, 1).weight / 2, 6);
  });
});

describe('related links (comparable mode)', () => {
  const encoder = createLexicalEncoder();
  // The Arabic report's first sentence tells both the death toll and the quake's strength, which the English
  // report gives in its first and last sentences; the Arabic second sentence says what the English second says.
  const AR = [
    'قتل 19 شخصا على الأقل في زلزال بقوة 7 درجات ضرب إقليم سيشوان في الصين يوم الثلاثاء.',
    'وقالت وكالة شينخوا إن فرق الإنقاذ وصلت إلى المنطقة.',
    'وتكثر الزلازل في المنطقة الجبلية.',
    'وأعلنت الحكومة الحداد ثلاثة أيام.',
    'ويعيش في الإقليم ملايين من السكان.',
  ];
  const EN = [
    'Nineteen people were killed in Sichuan province on Tuesday.',
    'Xinhua news agency said rescue teams had reached the area.',
    'Tourists were evacuated from the national park.',
    'The 7.0-magnitude earthquake struck China late on Tuesday.',
    'Hotels in the valley were closed for the season.',
    'Roads to the airport reopened in the evening.',
  ];

  it('links a sentence to each sentence of the other report it shares content with, each pair its own link', async () => {
    const a = await alignTexts(AR.join('\n'), EN.join('\n'), { encoder, presplit: true, mode: 'comparable' });
    const real = a.alignment.links.filter((l) => l.ar.length && l.en.length);
    const withAr0 = real.filter((l) => l.ar.includes(0));
    expect(withAr0.map((l) => l.en).flat().sort()).toEqual([0, 3]);
    expect(withAr0.map((l) => l.kind).sort()).toEqual(['equivalent', 'related']);
    expect(real.find((l) => l.ar.includes(1))?.en).toEqual([1]);
    expect(a.alignment.reason).toMatch(/best one-to-one matches and [1-9]\d* further sentence pairs that share content/);
    // No pair is asserted twice.
    const pairs = real.flatMap((l) => l.ar.flatMap((i) => l.en.map((j) => `${i}|${j}`)));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('stays one-to-one when asked (related: false) and in parallel mode', async () => {
    const one = await alignTexts(AR.join('\n'), EN.join('\n'), { encoder, presplit: true, mode: 'comparable' });
    const sides = one.alignment.links.filter((l) => l.kind === 'related');
    expect(sides.length).toBeGreaterThan(0);
    const vec = (ids: Record<number, number>) => {
      const keys = Object.keys(ids).map(Number).sort((x, y) => x - y);
      const n = Math.hypot(...keys.map((k) => ids[k]));
      return { kind: 'sparse' as const, ids: Uint32Array.from(keys), values: Float32Array.from(keys.map((k) => ids[k] / n)) };
    };
    const side = (vs: ReturnType<typeof vec>[]) => ({ vectors: vs, lengths: vs.map(() => 40) });
    const ar = [vec({ 1: 1, 2: 0.9 }), vec({ 3: 1 }), vec({ 9: 1 })];
    const en = [vec({ 1: 1 }), vec({ 2: 1 }), vec({ 3: 1 }), vec({ 8: 1 })];
    const parallel = align(side(ar), side(en), { mode: 'parallel' });
    expect(parallel.links.every((l) => l.kind !== 'related')).toBe(true);
    expect(align(side(ar), side(en), { mode: 'comparable', related: false }).links.every((l) => l.kind !== 'related')).toBe(true);
  });
});

describe('one-to-one matches of two reports', () => {
  it('keeps a weak match only when the two sentences share something specific', () => {
    const ar = ['وصل 28 سجينا إلى المستشفى.', 'وقالت الشرطة إن الوضع هادئ.'];
    const en = ['Some 28 inmates were taken to hospital.', 'Officials said the situation was calm.'];
    const links = [
      { ar: [0], en: [0], score: 0.12 },
      { ar: [1], en: [1], score: 0.12 },
      { ar: [1], en: [0], score: 0.3 },
    ];
    expect(trustedMatches(links, pairEvidence(ar, en))).toEqual([links[0], links[2]]);
  });
});

describe('1-2 / 2-1 links of two reports', () => {
  const encoder = createLexicalEncoder();
  const space = async (ar: string[], en: string[]) => {
    const sa = await encodeSide(encoder, segment(ar.join('\n'), 'ar'), 'ar');
    const se = await encodeSide(encoder, segment(en.join('\n'), 'en'), 'en');
    return { space: prepare(sa, se, 4), evidence: pairEvidence(ar, en) };
  };

  it('drop the half that shares nothing with the other sentence, keeping the pair that matches', async () => {
    const ar = ['وقتل تسعة سجناء في شجار داخل سجن رينوسا.', 'وأغلقت الشرطة الطرق المؤدية إلى المدينة.', 'وارتفعت أسعار النفط في الأسواق العالمية.'];
    const en = ['Nine inmates were killed in a fight at the Reynosa prison.', 'The weather was sunny on the coast.', 'Oil prices rose on world markets.'];
    const { space: s, evidence } = await space(ar, en);
    const [kept] = standingGroups(s, [{ ar: [0], en: [0, 1], score: 0.4, kind: 'equivalent' }], evidence);
    expect(kept.ar).toEqual([0]);
    expect(kept.en).toEqual([0]);
    expect(kept.evidence).toEqual(['Nine', 'Reynosa']);
  });

  it('keep both halves when each shares a name or figure with the other sentence', async () => {
    const ar = ['وقتل تسعة سجناء في سجن رينوسا بولاية تاموليباس.', 'وارتفعت أسعار النفط في الأسواق العالمية.', 'وأعلنت الحكومة الحداد.'];
    const en = ['Nine inmates were killed in the prison.', 'The prison is in Reynosa, in Tamaulipas state.', 'Oil prices rose on world markets.'];
    const { space: s, evidence } = await space(ar, en);
    const link = { ar: [0], en: [0, 1], score: 0.4, kind: 'equivalent' as const };
    expect(standingGroups(s, [link], evidence)).toEqual([link]);
  });

  it('drop a half that shares only a name when the two barely match otherwise (as a related link on a name would need)', async () => {
    const ar = ['ضرب زلزال قوي إقليم سيتشوان في الصين يوم الثلاثاء.', 'وتشتهر سيتشوان بأطباقها الحارة وبالشاي.', 'وارتفعت أسعار النفط في الأسواق العالمية.'];
    const en = ['A strong earthquake struck Sichuan province in China on Tuesday.', 'Oil prices rose on world markets.', 'The weather was sunny on the coast.'];
    const { space: s, evidence } = await space(ar, en);
    expect(evidence(1, 0).shared).toEqual(['Sichuan']);
    expect(s.sim(1, 1, 0, 1)).toBeLessThan(0.18);
    const [kept] = standingGroups(s, [{ ar: [0, 1], en: [0], score: 0.4, kind: 'equivalent' }], evidence);
    expect(kept.ar).toEqual([0]);
    expect(kept.en).toEqual([0]);
  });
});

describe('the openings of two reports', () => {
  const encoder = createLexicalEncoder();
  // Both reports open with the event in their own words; they share the weekday, not the wording.
  const AR = ['أقرت الحكومة اليابانية يوم الأربعاء تخفيضات ضريبية للشركات الصغيرة.', 'وارتفعت أسعار النفط في الأسواق العالمية.', 'وقال وزير المالية إن الخطة تكلف 50 مليار ين.'];
  const EN = ['Small firms in Japan will pay less tax, the cabinet decided on Wednesday.', 'The finance minister said the plan would cost 50 billion yen.', 'Analysts expect further measures next year.'];
  const setup = async (ar: string[], en: string[]) => {
    const sa = await encodeSide(encoder, segment(ar.join('\n'), 'ar'), 'ar');
    const se = await encodeSide(encoder, segment(en.join('\n'), 'en'), 'en');
    return { space: prepare(sa, se, 4), evidence: pairEvidence(ar, en) };
  };
  const other = { ar: [2], en: [1], score: 0.5, kind: 'equivalent' as const };

  it('are linked when one is the other\'s best match and they share a name, number or date', async () => {
    const { space, evidence } = await setup(AR, EN);
    expect(leadLink(space, [other], evidence)).toMatchObject({ ar: [0], en: [0], kind: 'related', evidence: ['Wednesday'] });
  });

  it('are not linked when the texts share nothing else, when they share no item, or when already linked', async () => {
    const { space, evidence } = await setup(AR, EN);
    expect(leadLink(space, [], evidence)).toBeUndefined();
    expect(leadLink(space, [other, { ar: [0], en: [0], score: 0.3 }], evidence)).toBeUndefined();
    const noDay = ['Small firms in Japan will pay less tax, the cabinet decided.', ...EN.slice(1)];
    const s2 = await setup(AR, noDay);
    expect(leadLink(s2.space, [other], s2.evidence)).toBeUndefined();
  });
});

describe('two reports quoting one statement', () => {
  const encoder = createLexicalEncoder();
  // Both reports quote the player's statement, each in its own words: the wording alone (cosine under 0.3) is not
  // enough for a related link, the two quotations are.
  const AR = [
    'أعلن نجم كرة القدم اعتزاله اللعب بعد مسيرة دامت 19 عاما.',
    'ولعب 710 مباريات مع فريقه وأحرز خلالها ثماني بطولات.',
    'وقال اللاعب: "أشعر بالسعادة لأنني عشت الكثير من اللحظات الجميلة خلال مسيرتي".',
    'وسيبدأ العمل مدربا في الموسم المقبل.',
  ];
  const EN = [
    'The football star has announced the end of his playing career.',
    'He made 710 appearances for the club.',
    'He added in his statement: "I feel lucky to have experienced so many wonderful highlights over my career.',
    'He is expected to start coaching next season.',
  ];
  const links = async (ar: string[], en: string[]) => {
    const sa = await encodeSide(encoder, segment(ar.join('\n'), 'ar'), 'ar');
    const se = await encodeSide(encoder, segment(en.join('\n'), 'en'), 'en');
    return relatedLinks(prepare(sa, se, 4), [{ ar: [1], en: [1], score: 0.5 }], pairEvidence(ar, en));
  };

  it('are linked when one is the other\'s best match', async () => {
    expect(pairEvidence(AR, EN)(2, 2).quoted).toBe(true);
    expect(await links(AR, EN)).toContainEqual(expect.objectContaining({ ar: [2], en: [2], kind: 'related' }));
  });

  it('are not linked on the same wording without the quotation marks', async () => {
    const bare = (xs: string[]) => xs.map((x) => x.replace(/"/g, ''));
    expect((await links(bare(AR), bare(EN))).some((l) => l.ar[0] === 2 && l.en[0] === 2)).toBe(false);
  });
});

describe('two reports or a shuffled translation, by the share of sentences with a clear partner', () => {
  const vec = (ids: Record<number, number>) => {
    const keys = Object.keys(ids).map(Number).sort((x, y) => x - y);
    const n = Math.hypot(...keys.map((k) => ids[k]));
    return { kind: 'sparse' as const, ids: Uint32Array.from(keys), values: Float32Array.from(keys.map((k) => ids[k] / n)) };
  };
  /** n sentences a side, the first `clear` pairs sharing a feature of their own, the rest only the texts' topic. */
  const texts = (n: number, clear: number) => {
    const ar = [];
    const en = [];
    for (let t = 0; t < n; t++) {
      ar.push(t < clear ? vec({ [10 + t]: 1, 100: 0.3 }) : vec({ 100: 1, [200 + t]: 1 }));
      en.push(t < clear ? vec({ [10 + t]: 1, 101: 0.3 }) : vec({ 101: 1, [300 + t]: 1 }));
    }
    // Two reports' paired sentences differ in length.
    const lengths = (base: number[]) => ({ lengths: Array.from({ length: n }, (_, t) => base[t % base.length] + t) });
    return [
      { vectors: ar, ...lengths([40, 120, 60, 200, 90]) },
      { vectors: en, ...lengths([90, 30, 150, 70, 110]) },
    ] as const;
  };

  it('reads texts with 3 of 5 sentences clearly paired as two reports (news pairs measured up to 56 %)', () => {
    const [ar, en] = texts(5, 3);
    expect(align(ar, en, { mode: 'comparable' }).reason).toMatch(/60% of the shorter text's sentences have a clear partner \(3 pairs\); 3 best one-to-one matches/);
  });

  it('keeps texts with 3 of 4 clearly paired one-to-one, though too few pairs to drop the floors (a shuffled translation)', () => {
    const [ar, en] = texts(4, 3);
    const reason = align(ar, en, { mode: 'comparable' }).reason;
    expect(reason).toMatch(/only pairs that clearly stand out are linked: 75%/);
    expect(reason).not.toMatch(/best one-to-one matches/);
  });
});
