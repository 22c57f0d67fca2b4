/**
 * Scores the name-consistency checker. Planted drafts mark each error as
 * `[[as written|expected fix]]`; clean drafts have none, so every finding there is false.
 * A draft `x.md` is checked with the bundled dictionaries and `x.entities.json` beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDraft } from '../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS, type Finding } from '../src/core/consistency/findings';
import { type DictionaryFile, loadDictionaries } from '../src/core/dictionary/load';
import type { EntityIndex } from '../src/core/dictionary/entityIndex';
import { libraryNameReaders } from '../src/core/text/nameReaderLibraries';
import { useNameReaders } from '../src/core/text/nameReaders';
import { librarySourceChecks } from '../src/core/consistency/sourceCheckLibrary';
import { useSourceChecks } from '../src/core/consistency/sourceChecks';

// As the CLI does: names sound out, Cyrillic names are read, and drafts are checked against their sources.
useNameReaders(libraryNameReaders);
useSourceChecks(librarySourceChecks);

export const CONSISTENCY_FIXTURES = path.resolve(__dirname, '../../test/fixtures/consistency');
const BUNDLED = path.resolve(__dirname, '../../entities');

export interface PlantedError {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly fix: string;
}

const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

/** The draft without its marks, and the errors the marks planted. */
export function readPlanted(marked: string): { text: string; planted: PlantedError[] } {
  const planted: PlantedError[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    planted.push({ start: text.length, end: text.length + match[1]!.length, written: match[1]!, fix: match[2]! });
    text += match[1]!;
    last = match.index! + match[0].length;
  }
  return { text: text + marked.slice(last), planted };
}

export function indexFor(draftPath: string): EntityIndex {
  const own = draftPath.replace(/\.md$/, '.entities.json');
  const files: DictionaryFile[] = [];
  if (fs.existsSync(own)) files.push({ file: own, bytes: fs.readFileSync(own) });
  for (const name of fs.readdirSync(BUNDLED).filter((file) => file.endsWith('.entities.json'))) {
    files.push({ file: name, bytes: fs.readFileSync(path.join(BUNDLED, name)), overridable: true });
  }
  const { index, problems } = loadDictionaries(files);
  if (problems.length > 0) throw new Error(`dictionary problems for ${draftPath}: ${JSON.stringify(problems)}`);
  return index;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export interface DraftScore {
  readonly file: string;
  readonly planted: number;
  readonly caught: number;
  readonly missed: PlantedError[];
  /** Findings that no mark planted. */
  readonly unplanted: Finding[];
  readonly words: number;
}

/**
 * Checks one draft. A planted error is caught by a finding whose fix leaves the same
 * corrected text as the planted one: on exactly its words, or on the whole name around
 * them ("Eyad Makhluf" → "Eyad Makhlouf" for a planted "Makhluf" → "Makhlouf").
 */
export function scoreDraft(draftPath: string): DraftScore {
  const { text, planted } = readPlanted(fs.readFileSync(draftPath, 'utf8'));
  const findings = checkDraft(text, indexFor(draftPath), DEFAULT_CHECK_OPTIONS);
  const catches = (error: PlantedError, finding: Finding) =>
    finding.start <= error.start &&
    finding.end >= error.end &&
    finding.suggestion === text.slice(finding.start, error.start) + error.fix + text.slice(error.end, finding.end);
  const missed = planted.filter((error) => !findings.some((finding) => catches(error, finding)));
  const unplanted = findings.filter((finding) => !planted.some((error) => catches(error, finding)));
  return {
    file: path.basename(draftPath),
    planted: planted.length,
    caught: planted.length - missed.length,
    missed,
    unplanted,
    words: countWords(text),
  };
}

export function draftsIn(folder: string): string[] {
  const dir = path.join(CONSISTENCY_FIXTURES, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => path.join(dir, name));
}

export interface Summary {
  readonly planted: number;
  readonly caught: number;
  readonly recall: number;
  readonly cleanWords: number;
  readonly falseFindings: number;
  /** False findings per 2,000 words of clean text. */
  readonly falsePer2000: number;
  readonly plantedDrafts: DraftScore[];
  readonly cleanDrafts: DraftScore[];
}

export function summarise(): Summary {
  const plantedDrafts = draftsIn('planted').map(scoreDraft);
  const cleanDrafts = draftsIn('clean').map(scoreDraft);
  const planted = plantedDrafts.reduce((sum, draft) => sum + draft.planted, 0);
  const caught = plantedDrafts.reduce((sum, draft) => sum + draft.caught, 0);
  const cleanWords = cleanDrafts.reduce((sum, draft) => sum + draft.words, 0);
  const falseFindings = cleanDrafts.reduce((sum, draft) => sum + draft.unplanted.length, 0);
  return {
    planted,
    caught,
    recall: planted === 0 ? 0 : caught / planted,
    cleanWords,
    falseFindings,
    falsePer2000: cleanWords === 0 ? 0 : (falseFindings * 2000) / cleanWords,
    plantedDrafts,
    cleanDrafts,
  };
}
