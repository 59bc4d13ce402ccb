import { describe, expect, it } from 'vitest';
import { mine } from '../src/align/mine.ts';
import { encodeSide } from '../src/align/sides.ts';
import { prepare } from '../src/align/space.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { isNameList, looksLikeName } from '../src/names/list.ts';
import { alignTexts } from '../src/pipeline.ts';
import { presplit } from '../src/segment/presplit.ts';

const encoder = createLexicalEncoder();

/** Arabic lines in order, English lines in `order`; returns the links as "arabic index-gold index" and the reason. */
async function mineShuffled(pairs: readonly (readonly [string, string])[], order: readonly number[]): Promise<{ links: string[]; reason: string }> {
  const a = await alignTexts(pairs.map((p) => p[0]).join('\n'), order.map((t) => pairs[t][1]).join('\n'), { encoder, presplit: true, mode: 'comparable' });
  const links = a.alignment.links.filter((l) => l.ar.length && l.en.length).map((l) => `${l.ar.join('+')}-${l.en.map((e) => order[e]).join('+')}`);
  return { links, reason: a.alignment.reason };
}

const UN_STYLE: [string, string][] = [
  ['عقد مجلس الأمن اجتماعا طارئا يوم الثلاثاء.', 'The Security Council held an emergency meeting on Tuesday.'],
  ['دعا الأمين العام إلى وقف فوري لإطلاق النار.', 'The Secretary-General called for an immediate ceasefire.'],
  ['ارتفعت أسعار الغذاء في المنطقة.', 'Food prices rose in the region.'],
  ['وافقت الجمعية العامة على الميزانية.', 'The General Assembly approved the budget.'],
  ['شكرا جزيلا.', 'Thank you very much.'],
  ['يحتاج اللاجئون إلى المياه النظيفة والدواء.', 'Refugees need clean water and medicine.'],
  ['سيعقد المؤتمر في جنيف العام المقبل.', 'The conference will be held in Geneva next year.'],
  ['نعم.', 'Yes.'],
  ['أغلقت المدارس بسبب الفيضانات.', 'Schools were closed because of the floods.'],
  ['رحب الوفد بالتقرير.', 'The delegation welcomed the report.'],
  ['لا أعرف.', "I don't know."],
  ['هذا صحيح تماما.', 'That is quite right.'],
  ['كان الجو حارا.', 'It was hot.'],
  ['الوضع صعب.', 'Things are hard.'],
  ['سنرى.', 'We will see.'],
];
const UN_ORDER = [3, 12, 7, 0, 10, 9, 5, 14, 1, 8, 11, 2, 6, 13, 4];

describe('mining floors (comparable mode)', () => {
  it('drops the floors on a shuffled translation, so a weak but right pair is linked too', async () => {
    const { links, reason } = await mineShuffled(UN_STYLE, UN_ORDER);
    expect(reason).toMatch(/every sentence paired, best match first: 93% of the shorter text's sentences have a clear partner \(14 pairs\)/);
    expect(links).toEqual(UN_STYLE.map((_, t) => `${t}-${t}`));
  });

  it('would miss that pair with the floors kept (هذا صحيح تماما ↔ That is quite right: cosine under 0.2)', async () => {
    const ar = await encodeSide(encoder, presplit(UN_STYLE.map((p) => p[0]).join('\n')), 'ar');
    const en = await encodeSide(encoder, presplit(UN_ORDER.map((t) => UN_STYLE[t][1]).join('\n')), 'en');
    const withFloors = mine(prepare(ar, en, 4)).map((l) => `${l.ar}-${UN_ORDER[l.en[0]]}`);
    expect(withFloors).toHaveLength(14);
    expect(withFloors).not.toContain('11-11');
  });

  it('keeps the floors on unrelated texts: weather against finance gets no links', async () => {
    const ar = ['هطلت أمطار غزيرة على العاصمة يوم الأحد.', 'انخفضت درجات الحرارة إلى ما دون الصفر.', 'حذرت الأرصاد الجوية من رياح قوية.', 'أغلقت الطرق الجبلية بسبب الثلوج.', 'يتوقع أن يتحسن الطقس نهاية الأسبوع.', 'نصحت السلطات السكان بالبقاء في منازلهم.'];
    const en = ['The central bank raised interest rates by half a point.', 'Shares fell sharply on the stock exchange.', 'Investors fear a recession next year.', 'The currency lost ten percent of its value.', 'Banks reported record profits.', 'Inflation reached its highest level in a decade.'];
    const a = await alignTexts(ar.join('\n'), en.join('\n'), { encoder, presplit: true, mode: 'comparable' });
    expect(a.alignment.reason).toBe(
      "requested; only pairs that clearly stand out are linked: 0% of the shorter text's sentences have a clear partner (0 pairs); 0 best one-to-one matches and 0 further sentence pairs that share content",
    );
    expect(a.alignment.links.filter((l) => l.ar.length && l.en.length)).toEqual([]);
  });

  it('keeps the floors when too few pairs speak for a translation (three sentences)', async () => {
    const { reason } = await mineShuffled(UN_STYLE.slice(3, 6), [2, 0, 1]);
    expect(reason).toMatch(/only pairs that clearly stand out are linked: 100% of the shorter text's sentences have a clear partner \(3 pairs\)/);
  });

  it('says in auto mode why it mined and how', async () => {
    const a = await alignTexts(UN_STYLE.map((p) => p[0]).join('\n'), UN_ORDER.map((t) => UN_STYLE[t][1]).join('\n'), { encoder, presplit: true });
    expect(a.alignment.mode).toBe('comparable');
    expect(a.alignment.reason).toMatch(/^comparable texts: .*; every sentence paired, best match first: 93%/);
  });
});

describe('name lists (comparable mode)', () => {
  const NAMES: [string, string][] = [
    ['جيك سوليفان', 'Jake Sullivan'],
    ['فلاديمير بوتين', 'Vladimir Putin'],
    ['كيم جونغ أون', 'Kim Jong Un'],
    ['أنطونيو غوتيريش', 'António Guterres'],
    ['أنجيلا ميركل', 'Angela Merkel'],
    ['جو بايدن', 'Joe Biden'],
    ['إيمانويل ماكرون', 'Emmanuel Macron'],
    ['ناريندرا مودي', 'Narendra Modi'],
    ['جاك سولومون', 'Jack Solomon'],
    ['سالم', 'Salem'],
    ['سليمة', 'Selma'],
  ];

  it('pairs names by spelling: جيك سوليفان ↔ Jake Sullivan, and سالم ↔ Salem, سليمة ↔ Selma, which the encoder swaps', async () => {
    const { links, reason } = await mineShuffled(NAMES, [4, 9, 0, 7, 2, 10, 5, 1, 8, 3, 6]);
    expect(reason).toMatch(/^requested; a list of names, paired by spelling \(the encoder alone: \d+ clear pairs\); every sentence paired/);
    expect(links).toEqual(NAMES.map((_, t) => `${t}-${t}`));
  });

  it('stays with the encoder on capitalised names that are translated, not spelled (مجلس الأمن ↔ Security Council)', async () => {
    const bodies: [string, string][] = [
      ['مجلس الأمن', 'Security Council'], ['الجمعية العامة', 'General Assembly'], ['البنك الدولي', 'World Bank'], ['الصليب الأحمر', 'Red Cross'],
      ['البيت الأبيض', 'White House'], ['الشرق الأوسط', 'Middle East'], ['كوريا الشمالية', 'North Korea'], ['كوريا الجنوبية', 'South Korea'],
      ['البحر الأحمر', 'Red Sea'], ['البحر الميت', 'Dead Sea'], ['الاتحاد الأوروبي', 'European Union'], ['الاتحاد الأفريقي', 'African Union'],
      ['جامعة الدول العربية', 'Arab League'], ['مجلس حقوق الإنسان', 'Human Rights Council'], ['منظمة الصحة العالمية', 'World Health Organization'],
      ['صندوق النقد الدولي', 'International Monetary Fund'],
    ];
    const { links, reason } = await mineShuffled(bodies, [5, 12, 0, 9, 15, 2, 7, 14, 1, 11, 4, 8, 13, 3, 10, 6]);
    expect(reason).toMatch(/^requested; a list of names, paired by the encoder \(spelling: 14 clear pairs\); every sentence paired/);
    expect(links).toEqual(bodies.map((_, t) => `${t}-${t}`));
  });

  it('recognises a name line: capitalised words, particles, initials; no sentence punctuation', () => {
    for (const name of ['Jake Sullivan', "Conan O'Brien", 'Abd al-Rahman', 'Ludwig van Beethoven', 'Robert Downey Jr.', 'J. R. Tolkien', 'Ho Chi Minh'])
      expect(looksLikeName(name), name).toBe(true);
    for (const line of ['The talks ended.', 'Sullivan said: no.', 'Thank you', 'Kim Jong Un, Vladimir Putin and Xi Jinping met in Beijing on Monday', 'Article 51', 'Putin?'])
      expect(looksLikeName(line), line).toBe(false);
  });

  it('calls a text a name list when at least half of its lines are names', () => {
    expect(isNameList(['Jake Sullivan', 'Kim Jong Un', 'Names of the delegates:'])).toBe(true);
    expect(isNameList(['Jake Sullivan', 'The talks ended.', 'Officials said more would follow.'])).toBe(false);
  });
});
