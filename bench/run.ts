/**
 * `npm run bench`: performance figures, printed as a table and (with --json) as one JSON
 * object on the last line. Timings, not tests: nothing here runs in `npm test`.
 *
 * Workspace scale (issue: entity explorer, references, rename): 2,000 drafts totalling
 * 50 MB, generated deterministically, indexed the way the extension's workspace index does
 * it (read, decode, match, positions, in time slices that yield to the event loop).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadDictionaries } from '../src/core/dictionary/load';
import { LineMap } from '../src/core/text/lines';
import { forEachChunked } from '../src/core/workspace/chunked';
import { draft, seededRandom } from './corpus';

const FILES = 2000;
const TOTAL_BYTES = 50 * 1024 * 1024;
const ROOT = path.resolve(__dirname, '../..');

interface Indexed {
  mentions: { entityIds: readonly string[]; line: number; column: number }[];
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const entitiesDir = path.join(ROOT, 'entities');
  const { index } = loadDictionaries(
    fs.readdirSync(entitiesDir).filter((name) => name.endsWith('.entities.json')).map((name) => ({ file: name, bytes: fs.readFileSync(path.join(entitiesDir, name)) })),
  );
  const names = [...index.entities()].flatMap((entity) => [entity.name, ...entity.aliases.map((alias) => alias.text)]);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-bench-'));
  const random = seededRandom(20241208);
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const file = path.join(dir, `draft-${String(i).padStart(4, '0')}.md`);
    fs.writeFileSync(file, draft(random, names, TOTAL_BYTES / FILES));
    files.push(file);
  }
  const totalBytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

  const indexed = new Map<string, Indexed>();
  const indexFile = async (file: string) => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.promises.readFile(file));
    const lines = new LineMap(text);
    indexed.set(file, { mentions: index.mentionsIn(text).map((mention) => ({ entityIds: mention.entityIds, ...lines.position(mention.start) })) });
  };
  const started = performance.now();
  const scan = await forEachChunked(files, indexFile);
  const scanMs = performance.now() - started;
  const mentionCount = [...indexed.values()].reduce((sum, file) => sum + file.mentions.length, 0);

  const referencesStarted = performance.now();
  let references = 0;
  for (const file of indexed.values()) references += file.mentions.filter((mention) => mention.entityIds.length === 1 && mention.entityIds[0] === 'bashar-al-assad').length;
  const referencesMs = performance.now() - referencesStarted;

  const changed = files[Math.floor(FILES / 2)]!;
  fs.appendFileSync(changed, '\n\nMaher al-Assad said so.');
  const updateStarted = performance.now();
  await indexFile(changed);
  const updateMs = performance.now() - updateStarted;
  fs.rmSync(dir, { recursive: true, force: true });

  const figures = {
    workspace_files: FILES,
    workspace_bytes: totalBytes,
    workspace_mentions: mentionCount,
    workspace_index_ms: Math.round(scanMs),
    workspace_longest_block_ms: Math.round(scan.longestSliceMs * 10) / 10,
    workspace_references_query_ms: Math.round(referencesMs * 10) / 10,
    workspace_references_found: references,
    workspace_one_file_update_ms: Math.round(updateMs * 10) / 10,
  };
  console.log('Newsroom Lens benchmarks (Node ' + process.version + ')\n');
  console.log(`Workspace: ${FILES} drafts, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, ${mentionCount} mentions`);
  console.log(`  index every draft (read, match, positions)   ${figures.workspace_index_ms} ms`);
  console.log(`  longest time without yielding to the editor  ${figures.workspace_longest_block_ms} ms`);
  console.log(`  Find All References once indexed             ${figures.workspace_references_query_ms} ms (${references} mentions)`);
  console.log(`  re-index one changed draft                   ${figures.workspace_one_file_update_ms} ms`);
  if (json) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
