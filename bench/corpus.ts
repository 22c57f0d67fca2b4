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

const OTHER_NAMES = ['Lina Haddad', 'Omar Khatib', 'Claudia van der Berg', 'Henrik Aasland', 'Natalia Kowalczyk', "Aoife O'Brien", 'José María Ruiz-Tagle', 'Nguyễn Thị Lan'];
const VERBS = ['said', 'told reporters', 'denied', 'confirmed', 'warned', 'added', 'declined to comment', 'wrote'];
const FILLER = 'officials residents the government on Monday in a statement according to sources talks continued late into the night as rebels advanced while aid groups called for calm and markets fell sharply before recovering'.split(' ');

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
