/**
 * The figures' part of `npm run eval` (test/fixtures/figures/README.md says what each set is):
 * how well figures are found in held-out articles, and how the figure-conflict and
 * title-conflict checks do on drafts written from real articles, checked against the
 * dictionary the builder makes of each: planted wrong figures and titles caught, and false
 * findings on drafts that give the figures right (and on each article against itself).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildDictionary } from '../src/core/builder/build';
import { compromiseTagger } from '../src/core/builder/compromiseTagger';
import { checkDraft } from '../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS, type Finding } from '../src/core/consistency/findings';
import type { EntityIndex } from '../src/core/dictionary/entityIndex';
import { loadDictionaries } from '../src/core/dictionary/load';
import { parseDay } from '../src/core/text/calendar';
import { figuresIn } from '../src/core/text/figures';
import { HELD_OUT_NEWS_FIXTURES, REAL_NEWS_FIXTURES } from './builderEval';
import { PROJECT_ROOT } from './codeServer';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/figures');
const CHECKED_RULES: readonly Finding['rule'][] = ['figure-conflict', 'title-conflict'];

export interface FigureEvalResult {
  readonly extraction: { gold: number; found: number; right: number; misses: string[]; extras: string[] };
  readonly planted: number;
  readonly caught: number;
  readonly missed: string[];
  /** Findings of the two rules that no planted error explains: on planted drafts, clean drafts and each article against itself. */
  readonly falseFindings: string[];
  readonly cleanDrafts: number;
  readonly selfChecked: number;
}

/** The dictionary the builder makes of a real article, loaded as the editor would load it. */
function indexOfArticle(name: string): EntityIndex {
  const text = fs.readFileSync(path.join(REAL_NEWS_FIXTURES, `${name}.txt`), 'utf8');
  const built = buildDictionary(text, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-01')! });
  const { index } = loadDictionaries([
    { file: `${name}.entities.json`, bytes: new TextEncoder().encode(JSON.stringify(built.dictionary)) },
  ]);
  return index;
}

function findingsOf(text: string, index: EntityIndex): Finding[] {
  return checkDraft(text, index, DEFAULT_CHECK_OPTIONS).filter((finding) => CHECKED_RULES.includes(finding.rule));
}

const describe = (file: string, finding: Finding) =>
  `${file}: ${finding.rule} "${finding.text}" → ${JSON.stringify(finding.suggestion)}`;

export function figureEval(): FigureEvalResult {
  const extraction = scoreExtraction();
  const indexes = new Map<string, EntityIndex>();
  const indexFor = (name: string) => indexes.get(name) ?? indexes.set(name, indexOfArticle(name)).get(name)!;
  let planted = 0;
  let caught = 0;
  const missed: string[] = [];
  const falseFindings: string[] = [];
  const plantedFolder = path.join(FIXTURES, 'planted');
  for (const file of fs.readdirSync(plantedFolder).filter((name) => name.endsWith('.md'))) {
    const name = file.replace(/\.md$/, '');
    const text = fs.readFileSync(path.join(plantedFolder, file), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(plantedFolder, `${name}.gold.json`), 'utf8')) as {
      written: string;
    }[];
    const findings = findingsOf(text, indexFor(name));
    const explained = new Set<Finding>();
    for (const error of gold) {
      planted++;
      const at = text.indexOf(error.written);
      const finding = findings.find((f) => f.start < at + error.written.length && at < f.end);
      if (at >= 0 && finding) {
        caught++;
        explained.add(finding);
      } else missed.push(`${file}: "${error.written}"`);
    }
    for (const finding of findings) if (!explained.has(finding)) falseFindings.push(describe(file, finding));
  }
  const cleanFolder = path.join(FIXTURES, 'clean');
  const cleanFiles = fs.readdirSync(cleanFolder).filter((name) => name.endsWith('.md'));
  for (const file of cleanFiles) {
    const text = fs.readFileSync(path.join(cleanFolder, file), 'utf8');
    for (const finding of findingsOf(text, indexFor(file.replace(/\.md$/, ''))))
      falseFindings.push(describe(`clean/${file}`, finding));
  }
  // Each real article against its own dictionary: every figure it gives is its sources' own.
  const articles = fs.readdirSync(REAL_NEWS_FIXTURES).filter((name) => name.endsWith('.txt'));
  for (const file of articles) {
    const text = fs.readFileSync(path.join(REAL_NEWS_FIXTURES, file), 'utf8');
    for (const finding of findingsOf(text, indexFor(file.replace(/\.txt$/, ''))))
      falseFindings.push(describe(`real-news/${file}`, finding));
  }
  return {
    extraction,
    planted,
    caught,
    missed,
    falseFindings,
    cleanDrafts: cleanFiles.length,
    selfChecked: articles.length,
  };
}

/** Figures found in the held-out articles against those marked by hand: one found matches one marked where they overlap. */
function scoreExtraction(): FigureEvalResult['extraction'] {
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'extraction.gold.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  let total = 0;
  let found = 0;
  let right = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const [name, marked] of Object.entries(gold)) {
    const text = fs.readFileSync(path.join(HELD_OUT_NEWS_FIXTURES, `${name}.txt`), 'utf8');
    const spans: [number, number][] = [];
    for (const figure of marked) {
      const from = spans.length > 0 ? spans[spans.length - 1]![1] : 0;
      const at = text.indexOf(figure, from);
      spans.push([at, at + figure.length]);
    }
    const figures = figuresIn(text);
    total += marked.length;
    found += figures.length;
    const matched = new Set<number>();
    for (const figure of figures) {
      const index = spans.findIndex(
        ([start, end], at) => !matched.has(at) && start >= 0 && figure.start < end && start < figure.end,
      );
      if (index >= 0) {
        matched.add(index);
        right++;
      } else extras.push(`${name}: "${figure.text}"`);
    }
    marked.forEach((figure, index) => {
      if (!matched.has(index)) misses.push(`${name}: "${figure}"`);
    });
  }
  return { gold: total, found, right, misses, extras };
}
