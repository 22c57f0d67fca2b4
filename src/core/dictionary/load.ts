import { EntityIndex } from './entityIndex';
import { type DictionaryProblem, decodeDictionaryBytes, parseDictionary } from './parse';
import type { Dictionary } from './schema';

/** A dictionary file's name (path or URI, used in messages) and its bytes. */
export interface DictionaryFile {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** A shipped default whose entries others may redefine (see Dictionary.overridable). */
  readonly overridable?: boolean;
}

export interface LoadedDictionaries {
  readonly index: EntityIndex;
  /** Every problem found, in the files and between them; what was sound is in the index. */
  readonly problems: readonly DictionaryProblem[];
  /** Each file's text, where it could be decoded, for locateProblems. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Reads dictionary files, earlier ones winning on shared ids, and indexes what is sound. */
export function loadDictionaries(files: readonly DictionaryFile[]): LoadedDictionaries {
  const problems: DictionaryProblem[] = [];
  const dictionaries: Dictionary[] = [];
  const texts = new Map<string, string>();
  for (const { file, bytes, overridable } of files) {
    const decoded = decodeDictionaryBytes(bytes, file);
    if (decoded.problem) {
      problems.push(decoded.problem);
      continue;
    }
    texts.set(file, decoded.text!);
    const parsed = parseDictionary(decoded.text!, file);
    problems.push(...parsed.problems);
    if (parsed.dictionary) dictionaries.push(overridable ? { ...parsed.dictionary, overridable } : parsed.dictionary);
  }
  const index = new EntityIndex(dictionaries);
  return { index, problems: [...problems, ...index.problems], texts };
}

/** One line per problem, as people read them: `file:line:column: entry: problem`. */
export function formatProblem(problem: DictionaryProblem): string {
  const where = problem.location ? `${problem.file}:${problem.location.line}:${problem.location.column}` : problem.file;
  return [where, problem.entry, problem.message].filter(Boolean).join(': ');
}
