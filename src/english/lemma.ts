/**
 * English word forms the Porter stemmer cannot fold: irregular verbs (found → find, took → take, seen → see),
 * irregular plurals (children → child) and contractions (I'm, can't, you'd). The Arabic side reaches English
 * through lexicon entries written in the base form, so the English side must reach the same base form.
 */

// Base form, then its irregular past and participle forms (only forms that are not also a common other word:
// "left", "felt", "found" are kept, as their verb reading is the common one in running text).
const IRREGULAR_VERBS = `
arise arose arisen|awake awoke awoken|be was were been|bear bore borne|beat beaten|become became|begin began begun
bend bent|bet|bite bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought
build built|burn burnt|burst|buy bought|catch caught|choose chose chosen|cling clung|come came|cost|creep crept|cut
deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone
grow grew grown|hang hung|have had|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|kneel knelt
know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|let|lie lay lain|light lit
lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken|overcome overcame|pay paid|prove proven
put|quit|read|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold
send sent|set|sew sewn|shake shook shaken|shine shone|shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung
sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spill spilt|spin spun
spit spat|split|spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|stink stank stunk
strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken
teach taught|tear tore torn|tell told|think thought|throw threw thrown|understand understood|undertake undertook undertaken
upset|wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn|write wrote written
overtake overtook overtaken|undergo underwent undergone|uphold upheld|withhold withheld|foresee foresaw foreseen
`;

const IRREGULAR_NOUNS: Record<string, string> = {
  children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', wives: 'wife', knives: 'knife', wolves: 'wolf', halves: 'half',
  thieves: 'thief', shelves: 'shelf', crises: 'crisis', analyses: 'analysis', theses: 'thesis', criteria: 'criterion',
  phenomena: 'phenomenon', policemen: 'policeman', businessmen: 'businessman',
  // Arabic says "a thing" (شيء) and "one" (أحد) where English has these compounds.
  anything: 'thing', something: 'thing', nothing: 'thing', everything: 'thing', anybody: 'anyone', somebody: 'someone',
  everybody: 'everyone', nobody: 'anyone', 'no-one': 'anyone',
  // Arabic has one word for the family term whatever the register (أبي my father / my dad, أمي my mother / my mom).
  dad: 'father', daddy: 'father', papa: 'father', mom: 'mother', mommy: 'mother', mum: 'mother', mummy: 'mother',
  mama: 'mother', grandpa: 'grandfather', granddad: 'grandfather', grandma: 'grandmother', granny: 'grandmother',
  dads: 'fathers', moms: 'mothers', mums: 'mothers',
  // Colloquial names of the police (الشرطة whatever the register).
  cop: 'police', cops: 'police',
  spokesmen: 'spokesman', chairmen: 'chairman', fishermen: 'fisherman', gunmen: 'gunman', congressmen: 'congressman',
};

const LEMMAS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>(Object.entries(IRREGULAR_NOUNS));
  for (const group of IRREGULAR_VERBS.split(/[|\n]/)) {
    const [base, ...forms] = group.trim().split(/\s+/);
    if (!base) continue;
    for (const f of forms) if (!m.has(f)) m.set(f, base);
  }
  return m;
})();

const VERB_FORMS: ReadonlySet<string> = new Set(IRREGULAR_VERBS.split(/[|\n]/).flatMap((g) => g.trim().split(/\s+/).slice(1)).filter((f) => f && !(f in IRREGULAR_NOUNS)));

/** Whether a lower-case word is an irregular past or participle form (swept, took; not children). */
export function isIrregularVerbForm(word: string): boolean {
  return VERB_FORMS.has(word);
}

/** Base form of an irregular English word form (lower case), or the word itself. */
export function englishLemma(word: string): string {
  return LEMMAS.get(word) ?? word;
}

// Contractions written as one token by the tokenizer: the auxiliary part is a stopword, the negation is kept.
const NEGATED: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'am' };

/**
 * The words of a lower-case English token that is a contraction (I'm → i am, can't → can not, you'd → you
 * would, Sami's → sami); other tokens come back as they are.
 */
export function expandContraction(token: string): string[] {
  const t = token.replace(/’/g, "'");
  if (!t.includes("'")) return [token];
  if (Object.hasOwn(NEGATED, t)) return [NEGATED[t], 'not'];
  if (t.endsWith("n't")) return [t.slice(0, -3), 'not'];
  const m = /^(.+)'(s|m|re|ve|ll|d)$/.exec(t);
  if (m) return [m[1], { s: 'is', m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' }[m[2]] ?? m[2]];
  return [token];
}

const OUR_WORDS = 'colour flavour favour honour humour labour neighbour rumour behaviour harbour vapour armour endeavour saviour odour vigour valour rigour tumour parlour splendour';
const OUR: ReadonlySet<string> = new Set(OUR_WORDS.split(' '));
const SPELLINGS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', programme: 'program',
  programmes: 'programs', catalogue: 'catalog', grey: 'gray', tyre: 'tire', tyres: 'tires', aluminium: 'aluminum',
  mum: 'mom', sceptical: 'skeptical', plough: 'plow', cheque: 'check', cheques: 'checks', jewellery: 'jewelry',
  travelled: 'traveled', travelling: 'traveling', traveller: 'traveler', travellers: 'travelers', cancelled: 'canceled',
  cancelling: 'canceling', labelled: 'labeled', modelled: 'modeled', fuelled: 'fueled', signalled: 'signaled',
  counselling: 'counseling', enrol: 'enroll', fulfil: 'fulfill', skilful: 'skillful', manoeuvre: 'maneuver',
  paediatric: 'pediatric', haemorrhage: 'hemorrhage', anaemia: 'anemia', oestrogen: 'estrogen', foetus: 'fetus',
  diarrhoea: 'diarrhea', oesophagus: 'esophagus', orthopaedic: 'orthopedic', leukaemia: 'leukemia',
};
/** Words in -ise that are not the British spelling of an -ize verb. */
const ISE_KEEP: ReadonlySet<string> = new Set(
  'rise arise wise advise exercise surprise promise otherwise comprise compromise enterprise supervise televise revise precise concise noise franchise merchandise expertise premise demise paradise disguise despise devise raise praise chemise clockwise likewise treatise excise incise circumcise improvise reprise poise bruise cruise'.split(' '),
);

/**
 * British spellings → American ones, so metre meets meter and organise meets organize whichever the lexicon or
 * the text uses (colour, centre, defence, programme, travelled).
 */
export function americanSpelling(word: string): string {
  if (Object.hasOwn(SPELLINGS, word)) return SPELLINGS[word];
  const m = /^(.+?)(s|ed|ing|ful|less|ist|ists|able)?$/.exec(word);
  const base = m?.[1] ?? word;
  const ending = m?.[2] ?? '';
  if (OUR.has(base)) return base.slice(0, -2) + 'r' + ending;
  if (/[tb]res?$/.test(word) && word.length >= 5) return word.replace(/([tb])re(s?)$/, '$1er$2');
  const ise = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise && !ISE_KEEP.has(ise[1] + 'ise') && !ISE_KEEP.has(word)) return ise[1] + 'iz' + ise[2];
  const yse = /^(anal|paral|catal)ys(e|es|ed|ing)$/.exec(word);
  if (yse) return yse[1] + 'yz' + yse[2];
  return word;
}
