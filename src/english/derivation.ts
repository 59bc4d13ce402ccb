/**
 * English nouns read as the verb they derive from where Porter's stemmer keeps them apart (decision ~ decide,
 * expulsion ~ expel, explosion ~ explode, clarification ~ clarify, death ~ die): two reports say "decided to expel"
 * and "the decision to expel", and an Arabic verbal noun's translation is often the noun (طرد expulsion) where the
 * other text has the verb. The links are WordNet's derivationally related forms (`derivationPairs`), kept where
 *   - the noun ends as nouns made from verbs end, is longer than the verb and starts as it does (not class ~ classify),
 *   - the verb is familiar (SemCor tags a sense of it: not speech ~ speechify),
 *   - the verb is no noun itself (statement ~ state would join the country's "state"; play, try, fly are nouns too),
 *   - the noun does not name a person (player, negotiator, resident: the doer is not the deed),
 *   - the noun's stem leads to one verb only.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { derivationPairs, isLemma, verbFamiliarityOf } from './wordnet.ts';

/** Endings of nouns that name a doer (player, investigator, employee, activist, assistant, resident, guardian). */
const AGENT = /(?:er|or|ee|ist|ant|(?<!m)ent|ian|man|men)$/;

/**
 * Endings of nouns made from a verb (decision, agreement, arrival, failure, assistance, analysis, growth, burial):
 * with the noun longer than the verb and both starting alike, the link runs verb → noun, not the other way
 * (classify, signify, pacify, magnify are made from class, sign, peace, magnitude).
 */
const NOMINAL = /(?:ion|ment|al|ure|ance|ence|ancy|ency|y|sis|th|age|ism)$/;

/**
 * Links whose noun the news reads in another sense than the verb's (found reading every link, docs/ENCODER-LEXICAL.md):
 * the Trump administration is no administering, a succession no succeeding (نجح), a coalition (تحالف) no
 * coalescing, attention (انتباه) no attending (حضر); a legislature, a creature, furniture, a distillery are things.
 */
const NOT_LINKED: ReadonlySet<string> = new Set([
  'administration', 'succession', 'coalition', 'attention', 'deposition', 'legislature', 'creature', 'furniture',
  'distillery', 'moisture', 'precession',
]);

/** Porter stem of a noun → Porter stem of its verb, from (noun, verb) pairs, under the rules above. */
export function derivationStems(
  pairs: Iterable<readonly [string, string]>,
  keep: (noun: string, verb: string) => boolean = familiarPair,
  stem: (w: string) => string = (w) => porter.stem(w),
): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const [noun, verb] of pairs) {
    if (NOT_LINKED.has(noun) || AGENT.test(noun) || !NOMINAL.test(noun) || noun.length <= verb.length || noun.slice(0, 3) !== verb.slice(0, 3) || !keep(noun, verb)) continue;
    const [n, v] = [stem(noun), stem(verb)];
    if (n === v) continue;
    let verbs = found.get(n);
    if (!verbs) found.set(n, (verbs = new Set()));
    verbs.add(v);
  }
  const out = new Map<string, string>();
  for (const [n, verbs] of found) if (verbs.size === 1) out.set(n, [...verbs][0]);
  return out;
}

function familiarPair(noun: string, verb: string): boolean {
  return verbFamiliarityOf(verb) > 0 && !isLemma(verb, 'noun');
}

let table: Map<string, string> | undefined;

/** The verb stem a Porter stem is read as (decis → decid), or the stem itself. */
export function derivedStem(stem: string): string {
  table ??= derivationStems(derivationPairs());
  return table.get(stem) ?? stem;
}
