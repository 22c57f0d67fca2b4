import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { HOUSE_STYLES, type HouseStyle, RULES, type Severity } from '../core/consistency/findings';
import type { EntityIndex } from '../core/dictionary/entityIndex';
import { type DictionaryFile, formatProblem, loadDictionaries } from '../core/dictionary/load';
import { locateProblems } from '../core/dictionary/locate';
import {
  DEFAULT_BUILD_MAX_CHARS,
  type DictionaryFileContent,
  type LinkedEntity,
  UnusableArticle,
  buildDictionary,
  storyOf,
} from '../core/builder/build';
import type { KnownEntity } from '../core/builder/linking';
import { type FallbackDay, combineArticles, storyFallbackDays } from '../core/builder/story';
import { extensionsOf } from '../core/workspace/languages';
import { compromiseTagger } from '../core/builder/compromiseTagger';
import { decodeExistingDictionary, describeMerge, mergeIntoExisting } from '../core/builder/merge';
import { withConfidenceAtLeast } from '../core/builder/review';
import { MAX_DICTIONARY_BYTES } from '../core/dictionary/parse';
import { LineMap } from '../core/text/lines';
import { libraryNameReaders } from '../core/text/nameReaderLibraries';
import { useNameReaders } from '../core/text/nameReaders';
import { librarySourceChecks } from '../core/consistency/sourceCheckLibrary';
import { useSourceChecks } from '../core/consistency/sourceChecks';
import { plural } from '../core/text/plural';
import { type Day, parseDay } from '../core/text/calendar';
import { ANCHOR_SOURCE_LABELS } from '../core/timeline/anchorSources';
import { type Timeline, anchorOf, buildTimeline } from '../core/timeline/events';
import { type CheckReport, checkWorkspace, fileDay, workspaceDictionaries } from './check';
import { assertReplaceable, readInput, readRegularFile, replaceFile } from './files';
import { FORMATS, type Format, formatReport } from './formats';

// The CLI carries the name readers' libraries in its own bundle (the extension loads them apart).
useNameReaders(libraryNameReaders);
useSourceChecks(librarySourceChecks);

const USAGE = `Usage:
  newsroom-lens annotate FILE [--workspace DIR] [--dict PATH]... [--no-bundled] [--json]
  newsroom-lens check [FILE|FOLDER]... [--workspace DIR] [--dict PATH]... [--no-bundled] [--style NAME]
                      [--date YYYY-MM-DD] [--format text|json|sarif|github] [--fail-on error|warning|info]
  newsroom-lens timeline FILE [--date YYYY-MM-DD] [--workspace DIR] [--dict PATH]... [--no-bundled] [--json]
  newsroom-lens build FILE|FOLDER... [--date YYYY-MM-DD] [-o OUT] [--dict PATH]... [--no-bundled] [--max-size CHARS] [--min-confidence N]
  newsroom-lens --version | --help

  annotate FILE   list every mention of a known person, place or organisation in FILE, with
                  the dictionaries of its story as check finds them
  check FILE...   run the editor's checks (${RULES.join(', ')})
                  on FILEs, on the drafts in FOLDERs (not those .gitignore leaves out), or
                  on the whole workspace; with the workspace's *.entities.json and its
                  newsroomLens settings from .vscode/settings.json, as the editor has them:
                  each draft with its story's dictionaries (its folder's and those above)
  --workspace DIR check, annotate, timeline: the workspace folder whose settings and
                  dictionaries apply (default: the current one)
  --format F      check: text (default), json, sarif (SARIF 2.1.0, for code scanning) or
                  github (GitHub Actions annotations)
  --fail-on S     check: exit 1 on a finding of severity S or above: error, warning
                  (default) or info
  --dict PATH     also load this entity dictionary (*.entities.json), for every draft;
                  repeatable; entries of one entity merge, an earlier dictionary's name first
  --no-bundled    do not load the dictionaries that ship with Newsroom Lens
  timeline FILE   the dated events of FILE in order, then those with only a duration or a
                  time that cannot be placed; with the dictionaries of its story, as annotate
  build FILE      build an entity dictionary from the news article in FILE: its people,
                  places and organisations with aliases, roles, relations and dated events;
                  writes FILE's name with .entities.json beside it (or OUT; "-o -" prints
                  it). An existing OUT is merged: what it says is kept, what is new is added.
                  Several FILEs, or a FOLDER of articles (.txt, .md), make one story
                  dictionary (default OUT: story.entities.json in the first one's folder):
                  each fact lists every article that states it, and where the articles
                  disagree (a date, figure, title or spelling) "disagreements" keeps both
  --max-size N    build: refuse articles longer than N characters (default ${DEFAULT_BUILD_MAX_CHARS})
  --min-confidence N
                  build: leave out entities the builder is less sure of than N (0 to 1),
                  and the relations and events to them; the report lists what it left out
  --style NAME    house style for names (check): reuters, ap or scholarly; overrides the
                  workspace's newsroomLens.consistency.houseStyle (default reuters)
  --date DAY      the day the story is told from (timeline, build, check); otherwise its
                  dateline's date, otherwise the publication date of a date line or byline
                  ("Published 9 December 2024"), otherwise the latest full date in the
                  story (not a caption's), otherwise the file's modification date; build
                  says on stderr which it used
  --json          annotate: {"file", "mentions": [{entity, name, type, text, start, end, line, column}]}
                  check: the same as --format json: {"findings": [{file, rule, severity,
                  message, text, suggestion, entity, start, end, line, column, endLine, endColumn}]}
                  timeline: {"anchor", "events": [{date, precision, text, entities, start, end}]}
                  (UTF-16 offsets, end exclusive; 1-based line and column)

Exit codes: 0 done (check: nothing at or above --fail-on); 1 check found something at or
above --fail-on; 2 a usage error, a file, folder, dictionary or settings file that could not
be read (check still reports what it could), a dictionary entry left out for an error, a file
that could not be written, an article naming no one, or check having checked no file.
`;

/** Where the CLI writes; tests pass their own. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

type Command = 'annotate' | 'check' | 'timeline' | 'build';

interface Options {
  command: Command;
  out?: string;
  maxSize: number;
  minConfidence: number;
  files: string[];
  dictionaries: string[];
  bundled: boolean;
  json: boolean;
  style?: HouseStyle;
  date?: Day;
  workspace: string;
  format: Format;
  failOn: Severity;
}

const FLAGS = {
  json: { type: 'boolean' },
  'no-bundled': { type: 'boolean' },
  dict: { type: 'string' },
  style: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'max-size': { type: 'string' },
  'min-confidence': { type: 'string' },
  date: { type: 'string' },
  workspace: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;
type Flag = keyof typeof FLAGS;

/** The commands a flag is for; a flag not listed here is for every command. */
const FLAG_COMMANDS: Partial<Record<Flag, readonly Command[]>> = {
  style: ['check'],
  workspace: ['check', 'annotate', 'timeline'],
  format: ['check'],
  'fail-on': ['check'],
  out: ['build'],
  'max-size': ['build'],
  'min-confidence': ['build'],
  date: ['timeline', 'build', 'check'],
};

const SEVERITY_ORDER: readonly Severity[] = ['info', 'warning', 'error'];

const isFlag = (name: string): name is Flag => Object.hasOwn(FLAGS, name);

function parseArguments(args: readonly string[]): Options {
  const [command, ...rest] = args;
  if (command !== 'annotate' && command !== 'check' && command !== 'timeline' && command !== 'build')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const options: Options = {
    command,
    files: [],
    dictionaries: [],
    bundled: true,
    json: false,
    workspace: '.',
    format: 'text',
    failOn: 'warning',
    maxSize: DEFAULT_BUILD_MAX_CHARS,
    minConfidence: 0,
  };
  // Not strict: a flag's value may start with a dash ("-o -"), and errors are worded here.
  const { tokens } = parseArgs({
    args: [...rest],
    options: FLAGS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') options.files.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value } = token;
    if (
      !isFlag(name) ||
      !(FLAG_COMMANDS[name]?.includes(command) ?? true) ||
      (FLAGS[name].type === 'boolean' && value !== undefined)
    ) {
      throw new UsageError(`unknown option "${rest[token.index]}"`);
    }
    const required = (): string => {
      if (!value || value.startsWith('--')) throw new UsageError(`${rawName} needs a value`);
      return value;
    };
    switch (name) {
      case 'json':
        options.json = true;
        break;
      case 'no-bundled':
        options.bundled = false;
        break;
      case 'dict':
        options.dictionaries.push(required());
        break;
      case 'style': {
        const style = required();
        if (!(style in HOUSE_STYLES))
          throw new UsageError(`unknown style "${style}" (choose ${Object.keys(HOUSE_STYLES).join(', ')})`);
        options.style = style as HouseStyle;
        break;
      }
      case 'workspace':
        options.workspace = required();
        break;
      case 'format': {
        const format = required();
        if (!FORMATS.includes(format as Format))
          throw new UsageError(`unknown format "${format}" (choose ${FORMATS.join(', ')})`);
        options.format = format as Format;
        break;
      }
      case 'fail-on': {
        const severity = required();
        if (!SEVERITY_ORDER.includes(severity as Severity))
          throw new UsageError(`--fail-on takes error, warning or info, not "${severity}"`);
        options.failOn = severity as Severity;
        break;
      }
      case 'out':
        if (!value) throw new UsageError(`${rawName} needs a value`);
        options.out = value;
        break;
      case 'max-size': {
        const size = required();
        options.maxSize = Number(size);
        if (!Number.isInteger(options.maxSize) || options.maxSize <= 0)
          throw new UsageError(`--max-size takes a number of characters, not "${size}"`);
        break;
      }
      case 'min-confidence': {
        const confidence = required();
        options.minConfidence = Number(confidence);
        if (confidence.trim() === '' || !(options.minConfidence >= 0 && options.minConfidence <= 1))
          throw new UsageError(`--min-confidence takes a number from 0 to 1, not "${confidence}"`);
        break;
      }
      case 'date': {
        const day = required();
        options.date = parseDay(day);
        if (!options.date || !/^\d{4}-\d{2}-\d{2}$/.test(day))
          throw new UsageError(`--date takes a day as YYYY-MM-DD, not "${day}"`);
        break;
      }
    }
  }
  if (options.json) {
    if (options.format !== 'text' && options.format !== 'json')
      throw new UsageError(`--json and --format ${options.format} ask for two formats`);
    options.format = 'json';
  }
  if (options.files.length === 0 && command !== 'check') throw new UsageError(`${command} needs a FILE`);
  if (command !== 'check' && command !== 'build' && options.files.length > 1)
    throw new UsageError(`${command} takes one FILE at a time (got ${options.files.length})`);
  return options;
}

/** The folder the CLI ships in, with package.json and entities/ (dist/cli.js → its parent); undefined if none. */
function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'entities', 'schema.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The dictionaries that ship with the CLI, in its package's `entities/`. */
function bundledDictionaryPaths(): string[] {
  const root = packageRoot();
  if (!root) return [];
  const folder = path.join(root, 'entities');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.entities.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

function packageVersion(): string {
  const root = packageRoot();
  const manifest: unknown = root && JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const version = (manifest as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' ? version : 'unknown';
}

function loadIndex(options: Options, output: Output): EntityIndex {
  const files: DictionaryFile[] = [];
  for (const dictionary of options.dictionaries)
    files.push({ file: dictionary, bytes: readRegularFile(dictionary, MAX_DICTIONARY_BYTES, 'dictionary') });
  if (options.bundled) {
    for (const dictionary of bundledDictionaryPaths())
      files.push({
        file: dictionary,
        bytes: readRegularFile(dictionary, MAX_DICTIONARY_BYTES, 'dictionary'),
        overridable: true,
      });
  }
  const { index, problems, texts } = loadDictionaries(files);
  for (const problem of locateProblems(problems, texts))
    output.err(`newsroom-lens: ${problem.severity}: ${formatProblem(problem)}\n`);
  return index;
}

/**
 * The dictionaries of `file`'s story, found in the workspace as `check` and the editor find
 * them; their problems go to stderr. A dictionary, settings file or folder that cannot be
 * read stops the command before any output (exit 2): a partial list would look complete.
 */
function storyIndex(file: string, options: Options, output: Output): EntityIndex {
  const { scoped, problems, unreadable } = workspaceDictionaries(
    { workspace: options.workspace, dictionaries: options.dictionaries },
    options.bundled ? bundledDictionaryPaths() : [],
  );
  for (const problem of problems) output.err(`newsroom-lens: ${problem.severity}: ${formatProblem(problem)}\n`);
  if (unreadable.length > 0) throw new Error([...new Set(unreadable)].join('\nnewsroom-lens: '));
  return scoped.indexFor(path.resolve(file));
}

function annotate(file: string, text: string, index: EntityIndex, options: Options, output: Output): number {
  const lines = new LineMap(text);
  const mentions = index.mentionsIn(text).map((mention) => {
    const entity = mention.entityIds.length === 1 ? index.get(mention.entityIds[0]!) : undefined;
    const candidates = mention.entityIds.map((id) => index.get(id)!);
    const sharedType = candidates.every((candidate) => candidate.type === candidates[0]!.type)
      ? candidates[0]!.type
      : null;
    return {
      entity: entity?.id ?? null,
      name: entity?.name ?? null,
      type: entity?.type ?? sharedType,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      ...lines.position(mention.start),
      candidates,
    };
  });
  if (options.json) {
    const json = mentions.map(({ candidates: _candidates, ...mention }) => mention);
    output.out(`${JSON.stringify({ file, mentions: json }, null, 2)}\n`);
    return 0;
  }
  for (const mention of mentions) {
    const who = mention.name
      ? `${mention.name} (${mention.type})`
      : `ambiguous: ${mention.candidates.map((candidate) => candidate.name).join(' or ')}`;
    output.out(`${file}:${mention.line}:${mention.column}\t${JSON.stringify(mention.text)}\t${who}\n`);
  }
  const entityCount = new Set(mentions.map((mention) => mention.entity).filter(Boolean)).size;
  output.out(
    `${plural(mentions.length, 'mention')} of ${entityCount} entit${entityCount === 1 ? 'y' : 'ies'} in ${file}\n`,
  );
  return 0;
}

/** Checks as the editor does; the exit code says whether the check is complete and what it found. */
function check(options: Options, output: Output): number {
  const report = checkWorkspace(
    {
      workspace: options.workspace,
      paths: options.files,
      dictionaries: options.dictionaries,
      bundled: options.bundled,
      style: options.style,
      date: options.date,
    },
    options.bundled ? bundledDictionaryPaths() : [],
  );
  for (const problem of report.problems) output.err(`newsroom-lens: ${problem.severity}: ${formatProblem(problem)}\n`);
  for (const note of report.skipped) output.err(`newsroom-lens: ${note}\n`);
  for (const failure of report.unreadable) output.err(`newsroom-lens: ${failure}\n`);
  if (report.files.length > 0)
    output.out(formatReport(options.format, report, { workspace: options.workspace, version: packageVersion() }));
  // A CI gate that checked nothing must not pass; unreadable files have said why already.
  else if (report.unreadable.length === 0)
    output.err(
      `newsroom-lens: checked no file ${report.skipped.length > 0 ? `(${plural(report.skipped.length, 'file')} skipped)` : '(no draft found)'}\n`,
    );
  return exitCodeOf(report, options.failOn);
}

/** 2 when the check is incomplete (a CI gate that missed a dictionary or a draft must not pass), else 1 for findings at or above `failOn`. */
export function exitCodeOf(report: CheckReport, failOn: Severity): number {
  const incomplete = report.unreadable.length > 0 || report.problems.some((problem) => problem.severity === 'error');
  if (incomplete || report.files.length === 0) return 2;
  const threshold = SEVERITY_ORDER.indexOf(failOn);
  return report.findings.some((finding) => SEVERITY_ORDER.indexOf(finding.severity) >= threshold) ? 1 : 0;
}

function timeline(file: string, text: string, index: EntityIndex, options: Options, output: Output): number {
  const { anchor, source } = anchorOf(text, fileDay(file), options.date);
  const result = buildTimeline(text, index, anchor, source);
  if (options.json) {
    const events = result.events.map((event) => ({
      date: event.resolution!.date,
      precision: event.resolution!.precision,
      text: event.text,
      entities: event.entities,
      start: event.start,
      end: event.end,
    }));
    output.out(`${JSON.stringify({ anchor: result.anchor, events }, null, 2)}\n`);
    return 0;
  }
  const from = result.anchorSource === 'given' ? 'given with --date' : ANCHOR_SOURCE_LABELS[result.anchorSource];
  output.out(`Timeline of ${file}, told from ${result.anchor} (${from})\n\n`);
  const lines = new LineMap(text);
  for (const event of result.events) {
    const { date, end, qualifier } = event.resolution!;
    const when = [date, end ? `to ${end}` : '', qualifier ? `(${qualifier})` : ''].filter(Boolean).join(' ');
    const who = event.entities.map((id) => index.get(id)!.name).join(', ');
    output.out(
      `${when.padEnd(28)} ${file}:${lines.position(event.start).line}  ${JSON.stringify(event.expression.text)}${who ? ` — ${who}` : ''}\n`,
    );
  }
  if (result.undated.length > 0) {
    output.out('\nWithout a date:\n');
    for (const event of result.undated) {
      const what = event.expression.duration ? `duration ${event.expression.duration}` : 'not placed in time';
      output.out(`  ${JSON.stringify(event.expression.text)} (${what}) ${file}:${lines.position(event.start).line}\n`);
    }
  }
  return 0;
}

/** Why the build dated the story as it did, as its report says it. */
const BUILD_DATE_REASONS: Record<Timeline['anchorSource'], string> = {
  given: 'given with --date',
  dateline: 'dateline',
  published: 'byline date',
  text: 'latest full date in the text',
  fallback: "the file's date — nothing in the text dates the story (give one with --date)",
};

/** The articles `build` was given: its FILEs, and the article files of its FOLDERs, in name order. */
function articleFiles(paths: readonly string[]): string[] {
  const endings = extensionsOf(['plaintext', 'markdown']);
  return paths.flatMap((given) => {
    if (given === '-' || !fs.statSync(given, { throwIfNoEntry: false })?.isDirectory()) return [given];
    const inFolder = fs
      .readdirSync(given)
      .filter((name) => endings.includes(name.replace(/^.*\./, '').toLowerCase()) && !name.startsWith('.'))
      .sort()
      .map((name) => path.join(given, name));
    if (inFolder.length === 0)
      throw new Error(`${given}: no article (${endings.map((ending) => `.${ending}`).join(', ')}) in this folder`);
    return inFolder;
  });
}

function build(options: Options, output: Output): number {
  const files = articleFiles(options.files);
  const story =
    files.length > 1 || options.files.some((given) => fs.statSync(given, { throwIfNoEntry: false })?.isDirectory());
  const first = files[0]!;
  const out =
    options.out ??
    path.join(
      path.dirname(first),
      story ? 'story.entities.json' : `${path.basename(first).replace(/\.[^.]*$/, '')}.entities.json`,
    );
  const toStdout = out === '-';
  // A target that cannot take the dictionary is refused before the articles are read, not after.
  if (!toStdout) assertReplaceable(out, 'dictionary');
  // What the loaded dictionaries already know is linked to their ids; the output file's own entities are what a merge compares.
  const known = [...loadIndex(options, output).entities()].filter(
    (entity) => toStdout || path.resolve(entity.dictionary.file) !== path.resolve(out),
  );
  const texts = files.map((file) => readInput(file));
  const fallbacks = storyFallbackDays(
    texts,
    files.map((file) => fileDay(file)),
  );
  const built = files.map((file, i) => {
    const text = texts[i]!;
    const article = toStdout ? path.basename(file) : path.relative(path.dirname(out), file).split(path.sep).join('/');
    const built = buildArticle(
      file,
      text,
      toStdout && !story ? undefined : article,
      fallbacks[i]!,
      known,
      options,
      output,
    );
    return { file: article, text: storyOf(text), ...built };
  });
  const combined = combineArticles(built);
  if (story)
    output.err(
      `newsroom-lens: one story from ${plural(files.length, 'article')}${combined.disagreements ? `; the articles disagree ${plural(combined.disagreements.length, 'time')} (see "disagreements")` : ''}\n`,
    );
  const what = story ? `the ${plural(files.length, 'article')}` : first;
  if (combined.entities.length === 0 && built.some((article) => article.linked.length > 0)) {
    output.err(
      `newsroom-lens: ${what}: the loaded dictionaries already know everyone and everything named; nothing was written\n`,
    );
    return 0;
  }
  return writeDictionary(combined, out, what, output);
}

/** One article's dictionary, entities below --min-confidence left out; what the build decided is said on stderr. */
function buildArticle(
  file: string,
  text: string,
  article: string | undefined,
  fallback: FallbackDay,
  known: readonly KnownEntity[],
  options: Options,
  output: Output,
): { dictionary: DictionaryFileContent; linked: readonly LinkedEntity[] } {
  if (text.length > options.maxSize)
    throw new Error(
      `${file}: ${text.length} characters is over the builder's limit of ${options.maxSize} (raise it with --max-size)`,
    );
  let result;
  try {
    result = buildDictionary(text, {
      tagger: compromiseTagger,
      fallbackDate: fallback.day,
      fallbackTitle: path.basename(file),
      known,
      ...(options.date ? { date: options.date } : {}),
      ...(article ? { file: article } : {}),
    });
  } catch (error) {
    if (error instanceof UnusableArticle) throw new Error(`${file}: nothing to build from: ${error.message}`);
    throw error;
  }
  const { anchorSource, anchorYearGuessed } = result;
  const { dictionary, leftOut } = withConfidenceAtLeast(result.dictionary, result.review, options.minConfidence);
  const prefix = article !== undefined && options.files.length > 1 ? `${file}: ` : '';
  const reason =
    anchorSource === 'fallback' && fallback.fromStory
      ? "the story's other articles — nothing in the text dates it (give one with --date)"
      : anchorYearGuessed
        ? `dateline without its year; the year taken from ${fallback.fromStory ? "the story's other articles" : "the file's date"} (give one with --date)`
        : BUILD_DATE_REASONS[anchorSource];
  output.err(`newsroom-lens: ${prefix}story dated ${dictionary.source.date}: ${reason}\n`);
  if (result.linked.length > 0)
    output.err(
      `newsroom-lens: ${prefix}already in the loaded dictionaries, linked, not built again: ${result.linked.map((link) => `${link.name} → ${link.id}`).join(', ')}\n`,
    );
  if (leftOut.length > 0) {
    output.err(
      `newsroom-lens: ${prefix}left out ${plural(leftOut.length, 'entity', 'entities')} below confidence ${options.minConfidence}:\n`,
    );
    for (const entity of leftOut)
      output.err(`  ${entity.name} (${entity.type}, confidence ${entity.confidence.toFixed(2)})\n`);
  }
  if (dictionary.entities.length === 0 && result.dictionary.entities.length > 0)
    throw new Error(
      `${file}: every entity found is below --min-confidence ${options.minConfidence}; nothing was written`,
    );
  return { dictionary, linked: result.linked };
}

/** Writes (or merges into OUT, or prints) a built dictionary; `file` names what it was built from. */
function writeDictionary(dictionary: DictionaryFileContent, out: string, file: string, output: Output): number {
  const toStdout = out === '-';
  // Nothing to write is said, and nothing is written: an empty file would stand for a dictionary.
  if (dictionary.entities.length === 0)
    throw new Error(`${file}: no people, places or organisations found; nothing was written`);
  const fresh = `${JSON.stringify(dictionary, null, 2)}\n`;
  const counts = `${plural(dictionary.entities.length, 'entity', 'entities')}, ${plural(dictionary.events.length, 'dated event')}; story dated ${dictionary.source.date}`;
  if (toStdout) {
    output.out(fresh);
    output.err(`newsroom-lens: built ${counts}\n`);
    return 0;
  }
  let report = '';
  replaceFile(out, MAX_DICTIONARY_BYTES, 'dictionary', (current) => {
    if (current === undefined) {
      report = `${out}: ${counts}\n`;
      return fresh;
    }
    const merged = mergeIntoExisting(decodeExistingDictionary(current, out), dictionary, out);
    report = `${out}: merged, kept everything it had and added ${describeMerge(merged)} (built ${counts})\n`;
    return merged.text;
  });
  output.out(report);
  return 0;
}

/** Runs the CLI; returns the exit code (0 done, 1 check found warnings, 2 usage, input or output error). */
export function run(args: readonly string[], output: Output): number {
  const escaped: Output = {
    out: (text) => output.out(escapeControls(text)),
    err: (text) => output.err(escapeControls(text)),
  };
  // Help and version win wherever they stand ("check --help").
  if (args.length === 0 || args[0] === 'help' || args.includes('--help') || args.includes('-h')) {
    escaped.out(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes('--version')) {
    escaped.out(`newsroom-lens ${packageVersion()}\n`);
    return 0;
  }
  let options: Options;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    escaped.err(`newsroom-lens: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    if (options.command === 'check') return check(options, escaped);
    if (options.command === 'build') return build(options, escaped);
    const file = options.files[0]!;
    const text = readInput(file);
    const index = storyIndex(file, options, escaped);
    return options.command === 'annotate'
      ? annotate(file, text, index, options, escaped)
      : timeline(file, text, index, options, escaped);
  } catch (error) {
    escaped.err(`newsroom-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/**
 * Control characters from files and dictionaries (terminal escapes, carriage returns,
 * bidirectional overrides) written as \u escapes, so that they cannot act on a terminal.
 * The CLI's own tabs and line breaks stay; in JSON output the escape means the same character.
 */
function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Writes to the process's stdout and stderr. A reader that stops early (`| head`) ends the
 * run quietly with the code it would have had; any other failure to write is exit 2.
 */
function processOutput(): Output {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`newsroom-lens: could not write the output: ${error.message}\n`);
    process.exit(2);
  });
  return { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
}

if (require.main === module) process.exitCode = run(process.argv.slice(2), processOutput());
