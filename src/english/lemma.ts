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
  if (NEGATED[t]) return [NEGATED[t], 'not'];
  if (t.endsWith("n't")) return [t.slice(0, -3), 'not'];
  const m = /^(.+)'(s|m|re|ve|ll|d)$/.exec(t);
  if (m) return [m[1], { s: 'is', m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' }[m[2]] ?? m[2]];
  return [token];
}
