import * as fs from 'fs';
import * as path from 'path';
import { DictionaryFile, formatProblem, loadDictionaries } from '../core/dictionary/load';
import { LineMap } from '../core/text/lines';

const USAGE = `Usage: newsroom-lens annotate FILE [--dict PATH]... [--no-bundled] [--json]

  annotate FILE   list every mention of a known person, place or organisation in FILE
  --dict PATH     also load this entity dictionary (*.entities.json); repeatable; earlier
                  dictionaries win over later ones and over the bundled ones
  --no-bundled    do not load the dictionaries that ship with Newsroom Lens
  --json          print {"file", "mentions": [{entity, name, type, text, start, end, line, column}]}
                  (UTF-16 offsets, end exclusive; 1-based line and column)
`;

/** Larger inputs are refused: the CLI reads whole files into memory. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Where the CLI writes; tests pass their own. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

interface AnnotateOptions {
  file: string;
  dictionaries: string[];
  bundled: boolean;
  json: boolean;
}

function parseArguments(args: readonly string[]): AnnotateOptions {
  const [command, ...rest] = args;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const options: AnnotateOptions = { file: '', dictionaries: [], bundled: true, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--no-bundled') options.bundled = false;
    else if (arg === '--dict') {
      const value = rest[++i];
      if (!value) throw new UsageError('--dict needs a path');
      options.dictionaries.push(value);
    } else if (arg.startsWith('--dict=')) options.dictionaries.push(arg.slice('--dict='.length));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (options.file) throw new UsageError(`one FILE at a time (got "${options.file}" and "${arg}")`);
    else options.file = arg;
  }
  if (!options.file) throw new UsageError('annotate needs a FILE');
  return options;
}

/** The dictionaries that ship beside the CLI (dist/cli.js → entities/). */
function bundledDictionaryPaths(): string[] {
  const folder = path.resolve(__dirname, '..', 'entities');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.entities.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Reads the input as UTF-8 text, or says why it was skipped. */
function readInput(file: string): string {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new Error(`${file}: not a file`);
  if (stat.size > MAX_INPUT_BYTES) throw new Error(`${file}: skipped, ${stat.size} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new Error(`${file}: skipped, it looks binary (it contains NUL bytes)`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new Error(`${file}: skipped, it is not UTF-8 text`);
  }
}

/** Runs the CLI; returns the exit code (0 done, 2 usage or input error). */
export function run(args: readonly string[], output: Output): number {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    output.out(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  let options: AnnotateOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`newsroom-lens: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  const files: DictionaryFile[] = [];
  try {
    text = readInput(options.file);
    for (const dictionary of [...options.dictionaries, ...(options.bundled ? bundledDictionaryPaths() : [])]) {
      files.push({ file: dictionary, bytes: fs.readFileSync(dictionary) });
    }
  } catch (error) {
    const message = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? `no such file: ${(error as NodeJS.ErrnoException).path}` : (error as Error).message;
    output.err(`newsroom-lens: ${message}\n`);
    return 2;
  }
  const { index, problems } = loadDictionaries(files);
  for (const problem of problems) output.err(`newsroom-lens: ${problem.severity}: ${formatProblem(problem)}\n`);

  const lines = new LineMap(text);
  const mentions = index.matcher.findMentions(text).map((mention) => {
    const entity = mention.entityIds.length === 1 ? index.get(mention.entityIds[0]!) : undefined;
    const candidates = mention.entityIds.map((id) => index.get(id)!);
    const sharedType = candidates.every((candidate) => candidate.type === candidates[0]!.type) ? candidates[0]!.type : null;
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
    output.out(`${JSON.stringify({ file: options.file, mentions: json }, null, 2)}\n`);
    return 0;
  }
  for (const mention of mentions) {
    const who = mention.name
      ? `${mention.name} (${mention.type})`
      : `ambiguous: ${mention.candidates.map((candidate) => candidate.name).join(' or ')}`;
    output.out(`${options.file}:${mention.line}:${mention.column}\t${JSON.stringify(mention.text)}\t${who}\n`);
  }
  const entityCount = new Set(mentions.map((mention) => mention.entity).filter(Boolean)).size;
  output.out(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${entityCount} entit${entityCount === 1 ? 'y' : 'ies'} in ${options.file}\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
