/**
 * Scores who-said-what: the builder's quotations against those marked by hand in real news
 * (test/fixtures/quotations/real-news.gold.json), and the quote check on drafts with
 * planted misquotes and misattributions and on drafts that copy their sources' words.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildDictionary } from '../src/core/builder/build';
import { compromiseTagger } from '../src/core/builder/compromiseTagger';
import { parseDay } from '../src/core/text/calendar';
import { foldName } from '../src/core/text/fold';
import { PROJECT_ROOT } from './codeServer';

/** The hand-marked quotations of each set of real news, and where its articles are. */
export const QUOTATION_GOLD = {
  'real news': {
    gold: path.join(PROJECT_ROOT, 'test/fixtures/quotations/real-news.gold.json'),
    articles: path.join(PROJECT_ROOT, 'test/fixtures/real-news'),
  },
  'held-out real news': {
    gold: path.join(PROJECT_ROOT, 'test/fixtures/quotations/heldout.gold.json'),
    articles: path.join(PROJECT_ROOT, 'test/fixtures/real-news-heldout'),
  },
} as const;
/** Words two spans must share, of all the words either has, to be the same quotation. */
const SAME_SPAN = 0.6;

interface GoldQuotation {
  readonly speaker: string;
  readonly kind: 'direct' | 'indirect';
  readonly verb: string;
  readonly quote: string;
}

export interface ExtractionScore {
  readonly gold: number;
  readonly found: number;
  readonly right: number;
  readonly precision: number;
  readonly recall: number;
  /** One line per miss and per wrong find, for the transcript. */
  readonly notes: readonly string[];
}

function wordsOf(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Shared words over all words of either (each word counted as often as it occurs). */
export function spanOverlap(a: string, b: string): number {
  const left = wordsOf(a);
  const right = new Map<string, number>();
  for (const word of wordsOf(b)) right.set(word, (right.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const count = right.get(word) ?? 0;
    if (count > 0) {
      shared++;
      right.set(word, count - 1);
    }
  }
  const union = left.length + wordsOf(b).length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Speaker and quoted span right: the builder's quotations of each hand-marked article. */
export function scoreQuotationExtraction(set: keyof typeof QUOTATION_GOLD): ExtractionScore {
  const { gold: goldFile, articles } = QUOTATION_GOLD[set];
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { articles: Record<string, GoldQuotation[]> };
  const notes: string[] = [];
  let goldCount = 0;
  let found = 0;
  let right = 0;
  for (const [article, marked] of Object.entries(gold.articles)) {
    const text = fs.readFileSync(path.join(articles, `${article}.txt`), 'utf8');
    const { dictionary } = buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! });
    const names = new Map(
      dictionary.entities.map((entity) => [
        entity.id,
        new Set(
          [entity.name, ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))].map(
            (name) => foldName(name),
          ),
        ),
      ]),
    );
    const extracted = dictionary.quotations ?? [];
    goldCount += marked.length;
    found += extracted.length;
    const matched = new Set<number>();
    for (const quotation of marked) {
      const hit = extracted.findIndex(
        (candidate, at) =>
          !matched.has(at) &&
          names.get(candidate.speaker)?.has(foldName(quotation.speaker)) === true &&
          spanOverlap(candidate.text, quotation.quote) >= SAME_SPAN,
      );
      if (hit >= 0) {
        matched.add(hit);
        right++;
      } else notes.push(`${article}: missed ${quotation.speaker} ${quotation.verb} "${quotation.quote.slice(0, 70)}"`);
    }
    extracted.forEach((candidate, at) => {
      if (!matched.has(at))
        notes.push(`${article}: wrong ${candidate.speaker} ${candidate.verb} "${candidate.text.slice(0, 70)}"`);
    });
  }
  return {
    gold: goldCount,
    found,
    right,
    precision: found === 0 ? 0 : right / found,
    recall: goldCount === 0 ? 0 : right / goldCount,
    notes,
  };
}
