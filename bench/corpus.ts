/**
 * Deterministic news-like drafts for benchmarks: a seeded generator that writes wire-style
 * sentences naming the bundled dictionary's entities (with possessives, particles, curly
 * apostrophes) among ordinary words and names no dictionary knows.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHER_NAMES = [
  'Lina Haddad',
  'Omar Khatib',
  'Claudia van der Berg',
  'Henrik Aasland',
  'Natalia Kowalczyk',
  "Aoife O'Brien",
  'José María Ruiz-Tagle',
  'Nguyễn Thị Lan',
];
const VERBS = ['said', 'told reporters', 'denied', 'confirmed', 'warned', 'added', 'declined to comment', 'wrote'];
const FILLER =
  'officials residents the government on Monday in a statement according to sources talks continued late into the night as rebels advanced while aid groups called for calm and markets fell sharply before recovering'.split(
    ' ',
  );

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** One draft of about `bytes` characters. */
export function draft(random: () => number, names: readonly string[], bytes: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      const who = random() < 0.7 ? pick(random, names) : pick(random, OTHER_NAMES);
      const possessive = random() < 0.2 ? (random() < 0.5 ? "'s" : '’s') : '';
      const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(random, FILLER)).join(' ');
      sentences.push(`${who}${possessive} ${pick(random, VERBS)} ${words} in ${pick(random, names)}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const GIVEN = [
  'Ahmed',
  'Maria',
  'José',
  'Olena',
  'Kwame',
  'Siobhán',
  'Li',
  'Fatima',
  'Jean-Pierre',
  'Aoife',
  'Mohammed',
  'Ingrid',
  'Raúl',
  'Nguyen',
  'Amara',
  'Dmitri',
  'Leila',
  'Tomás',
  'Priya',
  'Yusuf',
];
const PARTICLES = ['', '', '', 'al-', 'el-', 'van ', 'de ', 'da ', 'bin ', "O'", 'Mc', 'von '];
const SYLLABLES = [
  'ka',
  'ra',
  'mi',
  'lo',
  'sen',
  'dor',
  'vik',
  'ham',
  'zar',
  'tel',
  'bou',
  'rich',
  'ova',
  'ski',
  'ström',
  'ez',
  'ani',
  'yev',
  'oglu',
  'wski',
];
const ORG_WORDS = ['Ministry of', 'Bank of', 'Council for', 'Front for', 'Agency for', 'Union of'];

function syllables(random: () => number, count: number): string {
  let word = '';
  for (let i = 0; i < count; i++) word += pick(random, SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface BenchEntity {
  readonly id: string;
  readonly name: string;
  readonly type: 'person' | 'place' | 'organization';
  readonly aliases: string[];
}

/** `count` distinct entities with realistic names: particles, apostrophes, hyphens, diacritics, acronyms. */
export function entities(random: () => number, count: number): BenchEntity[] {
  const made: BenchEntity[] = [];
  const taken = new Set<string>();
  while (made.length < count) {
    const kind = random();
    let entity: BenchEntity;
    if (kind < 0.6) {
      const surname = `${pick(random, PARTICLES)}${syllables(random, 2 + Math.floor(random() * 2))}`;
      const name = `${pick(random, GIVEN)} ${surname}`;
      entity = { id: '', name, type: 'person', aliases: [surname.replace(/^(al-|el-|van |de |da |bin |von )/, '')] };
    } else if (kind < 0.8) {
      entity = {
        id: '',
        name: `${syllables(random, 2)}${random() < 0.3 ? '-' + syllables(random, 1) : ''}`,
        type: 'place',
        aliases: [],
      };
    } else {
      const words = `${pick(random, ORG_WORDS)} ${syllables(random, 2)}`;
      const acronym = words
        .split(/\s+/)
        .map((word) => word[0])
        .join('')
        .toUpperCase();
      entity = { id: '', name: words, type: 'organization', aliases: [acronym] };
    }
    if (taken.has(entity.name)) continue;
    taken.add(entity.name);
    made.push({ ...entity, id: `e${made.length}` });
  }
  return made;
}
