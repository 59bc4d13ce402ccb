import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../arabic/normalize.ts';

const GEO = join(dirname(fileURLToPath(import.meta.url)), '../lexicon/data/core-geo.tsv');

/** What the gazetteer knows: English names (lowercase) and Arabic names (normalised, article dropped) by kind. */
interface Gazetteer {
  places: Set<string>;
  orgs: Set<string>;
  arPlaces: Set<string>;
  arOrgs: Set<string>;
}

let gazetteer: Gazetteer | undefined;

/**
 * First-level regions CLDR does not name (states and provinces of federal countries) and large cities that news
 * and Wikipedia name without their country: English only, the Arabic side is found by alignment.
 */
const REGIONS_AND_CITIES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon
Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia
Wisconsin Wyoming Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia Ontario Quebec Saskatchewan
New_South_Wales Queensland Victoria Tasmania Bavaria Catalonia Andalusia Lombardy Scotland Wales England
Northern_Ireland Sichuan Hubei Guangdong Xinjiang Tibet Kashmir Punjab Kerala Maharashtra Darfur Kurdistan Crimea
Siberia Patagonia Seattle Chicago Boston Houston Dallas Atlanta Miami Philadelphia Detroit Denver Phoenix San_Francisco
Los_Angeles San_Diego Las_Vegas New_Orleans Brooklyn Manhattan Toronto Montreal Vancouver Sydney Melbourne Shanghai
Wuhan Hong_Kong Mumbai Kolkata Chennai Karachi Lahore Istanbul Barcelona Milan Munich Frankfurt Hamburg Lyon Marseille
Geneva Zurich Rotterdam Manchester Liverpool Birmingham Glasgow Edinburgh Osaka Kyoto Busan Dubai Alexandria
Johannesburg Lagos Casablanca Rio_de_Janeiro São_Paulo`
  .split(/\s+/)
  .map((w) => w.replace(/_/g, ' ').toLowerCase());

/** CLDR's region names (Intl.DisplayNames): every country and territory, in English and in Arabic. */
function cldrRegions(): [en: string, ar: string][] {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const ar = new Intl.DisplayNames(['ar'], { type: 'region' });
  const out: [string, string][] = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const e = en.of(code);
      const a = ar.of(code);
      if (e && a && e !== code && a !== code && !/Unknown/.test(e)) out.push([e, a]);
    }
  }
  return out;
}

export const arabicNameKey = (ar: string): string =>
  normalizeArabic(ar)
    .split(/\s+/)
    .map((w) => (w.startsWith('ال') && w.length >= 4 ? w.slice(2) : w))
    .join(' ');

/**
 * The gazetteer: CLDR country names in both languages, and the geography lexicon read by its sections (continents
 * and regions, countries, capitals and cities are places; its organisations section is organisations). A
 * nationality adjective of the countries section (Canadian ↔ كندي) is no place.
 */
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const g: Gazetteer = { places: new Set(), orgs: new Set(), arPlaces: new Set(), arOrgs: new Set() };
  const countries = new Set<string>();
  for (const p of REGIONS_AND_CITIES) g.places.add(p);
  for (const [en, ar] of cldrRegions()) {
    countries.add(en.toLowerCase());
    g.places.add(en.toLowerCase());
    g.arPlaces.add(arabicNameKey(ar));
  }
  if (existsSync(GEO)) {
    let section = '';
    for (const line of readFileSync(GEO, 'utf8').split(/\r?\n/)) {
      if (line.startsWith('# ---')) section = line;
      if (!line.trim() || line.startsWith('#')) continue;
      const [ar, en] = line.split('\t').map((c) => c?.trim() ?? '');
      if (!ar || !en || !/^\p{Lu}/u.test(en)) continue;
      if (/organisation|bodies/.test(section)) {
        g.orgs.add(en.toLowerCase());
        g.arOrgs.add(arabicNameKey(ar));
      } else if (/continents and regions|countries and nationality|capitals and major cities/.test(section)) {
        const adjective = /(an|ese|ish|i|ic)$/.test(en) && /ي$|يه$/.test(normalizeArabic(ar)) && !countries.has(en.toLowerCase());
        if (adjective) continue;
        g.places.add(en.toLowerCase());
        g.arPlaces.add(arabicNameKey(ar));
      }
    }
  }
  // The organisations section also names a few places for their governments (Seoul for the South Korean one).
  for (const p of g.places) g.orgs.delete(p);
  for (const p of g.arPlaces) g.arOrgs.delete(p);
  gazetteer = g;
  return g;
}

/** English names of places (countries, regions, cities), lowercase: the evidence for PLACE. */
export function knownPlaceNames(): Set<string> {
  return load().places;
}

/** English names of organisations the geography lexicon lists (NATO, Interpol, ISIS), lowercase. */
export function knownOrgNames(): Set<string> {
  return load().orgs;
}

/** The Arabic names a gazetteer knows as a place, or as an organisation (normalised, article dropped). */
export function arabicNameKind(ar: string): 'PLACE' | 'ORG' | undefined {
  const k = arabicNameKey(ar);
  const g = load();
  if (g.arPlaces.has(k)) return 'PLACE';
  if (g.arOrgs.has(k)) return 'ORG';
  return undefined;
}
