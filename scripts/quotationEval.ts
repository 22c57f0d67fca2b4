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
import { checkDraft } from '../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS, QUOTATION_RULES } from '../src/core/consistency/findings';
import { loadDictionaries } from '../src/core/dictionary/load';
import { directQuotations } from '../src/core/text/quotationMarks';
import { PROJECT_ROOT } from './codeServer';
import { readPlanted } from './consistencyEval';

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

const DRAFTS = path.join(PROJECT_ROOT, 'test/fixtures/quotations/drafts');

export interface QuoteCheckScore {
  readonly planted: number;
  readonly caught: number;
  /** Findings on words no plant marks, in planted and clean drafts alike: all false. */
  readonly falseFindings: readonly string[];
  /** Quotations in the clean drafts, each copied exactly or from no source. */
  readonly cleanQuotations: number;
  readonly missed: readonly string[];
}

const builtDictionaries = new Map<string, Uint8Array>();

/** The dictionary the builder makes of a fixture article, as the bytes of its file. */
function builtDictionaryOf(article: string): Uint8Array {
  let bytes = builtDictionaries.get(article);
  if (!bytes) {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures', `${article}.txt`), 'utf8');
    const { dictionary } = buildDictionary(text, {
      tagger: compromiseTagger,
      fallbackDate: parseDay('2026-01-01')!,
      fallbackTitle: path.basename(article),
    });
    bytes = new TextEncoder().encode(JSON.stringify(dictionary));
    builtDictionaries.set(article, bytes);
  }
  return bytes;
}

/** The quote check on the drafts: planted errors caught, and findings where none was planted. */
export function scoreQuoteCheck(): QuoteCheckScore {
  let planted = 0;
  let caught = 0;
  let cleanQuotations = 0;
  const falseFindings: string[] = [];
  const missed: string[] = [];
  for (const kind of ['planted', 'clean'] as const) {
    for (const file of fs
      .readdirSync(path.join(DRAFTS, kind))
      .filter((name) => name.endsWith('.md'))
      .sort()) {
      const marked = fs.readFileSync(path.join(DRAFTS, kind, file), 'utf8');
      const sources = /<!--\s*sources:\s*([^>]*?)\s*-->/.exec(marked)?.[1]?.split(/\s+/) ?? [];
      const { index, problems } = loadDictionaries(
        sources.map((article) => ({ file: `${article}.entities.json`, bytes: builtDictionaryOf(article) })),
      );
      if (problems.some((problem) => problem.severity === 'error'))
        throw new Error(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
      const { text, planted: plants } = readPlanted(marked);
      const findings = checkDraft(text, index, DEFAULT_CHECK_OPTIONS).filter((finding) =>
        QUOTATION_RULES.has(finding.rule),
      );
      if (kind === 'clean') cleanQuotations += directQuotations(text).length;
      planted += plants.length;
      for (const plant of plants) {
        const hit = findings.some(
          (finding) => finding.rule === plant.fix && finding.start < plant.end && plant.start < finding.end,
        );
        if (hit) caught++;
        else missed.push(`${file}: ${plant.fix} "${plant.written.slice(0, 60)}"`);
      }
      for (const finding of findings) {
        const planted = plants.some(
          (plant) => plant.fix === finding.rule && finding.start < plant.end && plant.start < finding.end,
        );
        if (!planted) falseFindings.push(`${kind}/${file}: ${finding.rule} "${finding.text.slice(0, 60)}"`);
      }
    }
  }
  return { planted, caught, falseFindings, cleanQuotations, missed };
}
