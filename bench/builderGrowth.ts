/**
 * The builder's time against the article's length, 100 KB to 5 MB: real wire copy from the
 * project's fixtures, repeated with every capitalised word made distinct per copy, so that the
 * number of people, places and bodies grows with the text as it does in a long live blog.
 * Each size is built in a fresh process (dist/cli.js's builder, tagging included).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
export const GROWTH_SIZES_KB = [100, 400, 1600, 5000];
/** A size that takes longer than this is reported unfinished, so that the bench always ends. */
const TIMEOUT_MINUTES = 10;

/** An article of about `bytes` characters whose names keep coming: each copy of the fixtures gets its own spellings. */
export function growingArticle(bytes: number): string {
  const folder = path.join(ROOT, 'test/fixtures/real-news');
  const base = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
    .join('\n\n');
  const letters = 'bcdfghklmnprstvwz';
  let text = '';
  for (let copy = 0; text.length < bytes; copy++) {
    const mark = letters[copy % letters.length]! + letters[Math.floor(copy / letters.length) % letters.length]!;
    text += `${base.replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, (word) => word + mark)}\n\n`;
  }
  return text.slice(0, bytes);
}

/** CPU seconds and entities for one size, in a fresh process; undefined when it did not finish in time. */
function buildOnce(kilobytes: number): { cpuSeconds: number; entities: number } | undefined {
  const script = `
    const builder = require(${JSON.stringify(path.join(ROOT, 'dist/builder.js'))});
    const { growingArticle } = require(${JSON.stringify(__filename)});
    const text = growingArticle(${kilobytes * 1000});
    const start = process.cpuUsage();
    const { dictionary } = builder.buildDictionary(text, { tagger: builder.compromiseTagger, fallbackDate: { year: 2026, month: 1, day: 1 } });
    const used = process.cpuUsage(start);
    console.log(JSON.stringify({ cpuSeconds: (used.user + used.system) / 1e6, entities: dictionary.entities.length }));
  `;
  try {
    return JSON.parse(
      execFileSync(process.execPath, ['--max-old-space-size=8192', '-e', script], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        timeout: TIMEOUT_MINUTES * 60_000,
      }),
    ) as { cpuSeconds: number; entities: number };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return undefined;
    throw error;
  }
}

export type GrowthPoint =
  | {
      readonly kilobytes: number;
      readonly cpuSeconds: number;
      readonly entities: number;
      /** CPU microseconds per character: flat for a linear builder. */
      readonly microsecondsPerChar: number;
    }
  | { readonly kilobytes: number; readonly unfinishedAfterMinutes: number };

/** One size of the series, built in a fresh process. */
export function builderGrowthPoint(kilobytes: number): GrowthPoint {
  const built = buildOnce(kilobytes);
  if (!built) return { kilobytes, unfinishedAfterMinutes: TIMEOUT_MINUTES };
  const { cpuSeconds, entities } = built;
  return {
    kilobytes,
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
    entities,
    microsecondsPerChar: Math.round(((cpuSeconds * 1e6) / (kilobytes * 1000)) * 10) / 10,
  };
}

export function describeGrowthPoint(point: GrowthPoint): string {
  if ('unfinishedAfterMinutes' in point)
    return `  ${point.kilobytes} KB: did not finish in ${point.unfinishedAfterMinutes} minutes (wall clock)`;
  return `  ${point.kilobytes} KB: ${point.cpuSeconds} s CPU, ${point.entities} entities, ${point.microsecondsPerChar} µs per character`;
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const kilobytes of sizes.length > 0 ? sizes : GROWTH_SIZES_KB)
    console.log(describeGrowthPoint(builderGrowthPoint(kilobytes)));
}
