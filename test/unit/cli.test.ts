import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { type DictionaryFileContent, buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';
import { runCli } from './cliRun';

const root = path.resolve(__dirname, '../../..');
const builtCli = path.join(root, 'dist/cli.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-cli-'));
/** A workspace of no dictionaries and no settings, so that `check` uses only what a test gives it. */
const emptyWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-cli-workspace-'));
/** A workspace whose only setting turns the bundled sample dictionary on for every draft. */
const sampleEverywhere = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-cli-sample-'));
fs.mkdirSync(path.join(sampleEverywhere, '.vscode'));
fs.writeFileSync(
  path.join(sampleEverywhere, '.vscode/settings.json'),
  JSON.stringify({ 'newsroomLens.sampleDictionaryEverywhere': true }),
);

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  return file;
}

function runBuilt(...args: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8' });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

after(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(emptyWorkspace, { recursive: true, force: true });
  fs.rmSync(sampleEverywhere, { recursive: true, force: true });
});

describe('newsroom-lens annotate (built CLI, bundled dictionaries)', () => {
  before(function () {
    if (!fs.existsSync(builtCli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('prints exactly the documented JSON, with UTF-16 offsets and 1-based lines and columns', () => {
    // Worked out by hand: line 2 starts at offset 26; the emoji is two UTF-16 code units.
    const file = write('wire.txt', 'Assad’s aide met Reuters.\n😀 HTS spoke.\n');
    const { code, out } = runBuilt('annotate', file, '--json', '--workspace', sampleEverywhere);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), {
      file,
      mentions: [
        {
          entity: 'bashar-al-assad',
          name: 'Bashar al-Assad',
          type: 'person',
          text: 'Assad',
          start: 0,
          end: 5,
          line: 1,
          column: 1,
        },
        {
          entity: 'reuters',
          name: 'Reuters',
          type: 'organization',
          text: 'Reuters',
          start: 17,
          end: 24,
          line: 1,
          column: 18,
        },
        {
          entity: 'hayat-tahrir-al-sham',
          name: 'Hayat Tahrir al-Sham',
          type: 'organization',
          text: 'HTS',
          start: 29,
          end: 32,
          line: 2,
          column: 4,
        },
      ],
    });
  });

  it('prints a line per mention and a summary for people', () => {
    const file = write('short.md', 'Sergei Lavrov spoke in Doha.\n');
    const { code, out } = runBuilt('annotate', file, '--workspace', sampleEverywhere);
    assert.strictEqual(code, 0);
    assert.strictEqual(
      out,
      `${file}:1:1\t"Sergei Lavrov"\tSergei Lavrov (person)\n${file}:1:24\t"Doha"\tDoha (place)\n2 mentions of 2 entities in ${file}\n`,
    );
  });

  it('marks a shared name as ambiguous instead of guessing', () => {
    const file = write('cousins.txt', 'Makhlouf was wounded.');
    const json = JSON.parse(runBuilt('annotate', file, '--json', '--workspace', sampleEverywhere).out);
    assert.deepStrictEqual(json.mentions[0], {
      entity: null,
      name: null,
      type: 'person',
      text: 'Makhlouf',
      start: 0,
      end: 8,
      line: 1,
      column: 1,
    });
    assert.match(
      runBuilt('annotate', file, '--workspace', sampleEverywhere).out,
      /ambiguous: Ehab Makhlouf or Eyad Makhlouf/,
    );
  });

  it('exits 2 with a message for a missing file', () => {
    const { code, err } = runBuilt('annotate', path.join(scratch, 'nope.txt'));
    assert.strictEqual(code, 2);
    assert.match(err, /nope\.txt: ENOENT: no such file or directory\n$/);
  });
});

describe('newsroom-lens annotate (options)', () => {
  const dictionary = write(
    'desk.entities.json',
    JSON.stringify({
      entities: [
        { id: 'nadia-karam', name: 'Nadia Karam', type: 'person', aliases: ['Karam'] },
        { id: 'bad', name: 'B', type: 'x' },
      ],
    }),
  );

  it('loads --dict dictionaries, reports their problems and uses the rest', () => {
    const file = write('desk.txt', 'Karam said.');
    const { code, out, err } = runCli(
      'annotate',
      file,
      '--dict',
      dictionary,
      '--no-bundled',
      '--json',
      '--workspace',
      emptyWorkspace,
    );
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(
      JSON.parse(out).mentions.map((m: { entity: string }) => m.entity),
      ['nadia-karam'],
    );
    const reported =
      /desk\.entities\.json:1:(\d+): entities\[1\] "bad": "type" must be one of person, place, organization; got "x"/.exec(
        err,
      );
    assert.ok(reported, err);
    // The column is the wrong value's, as the Problems panel marks it.
    const column = Number(reported[1]);
    assert.strictEqual(fs.readFileSync(dictionary, 'utf8').slice(column - 1, column + 2), '"x"');
  });

  it('uses the dictionaries of the draft’s story, as check and the editor do', () => {
    const story = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-cli-story-'));
    try {
      const draft = 'Dmitry Peskov met Nadia Karam on Sunday.\n';
      fs.mkdirSync(path.join(story, 'sample'));
      fs.mkdirSync(path.join(story, 'quake'));
      fs.copyFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), path.join(story, 'sample/article.txt'));
      fs.copyFileSync(dictionary, path.join(story, 'quake/desk.entities.json'));
      fs.writeFileSync(path.join(story, 'sample/draft.md'), draft);
      fs.writeFileSync(path.join(story, 'quake/draft.md'), draft);
      const entities = (...args: string[]) =>
        (
          JSON.parse(runCli(...args, '--json', '--workspace', story).out) as { mentions: { entity: string }[] }
        ).mentions.map((mention) => mention.entity);
      // The sample applies beside a copy of its article; a story's dictionary to its own folder.
      assert.deepStrictEqual(entities('annotate', path.join(story, 'sample/draft.md')), ['dmitry-peskov']);
      assert.deepStrictEqual(entities('annotate', path.join(story, 'quake/draft.md')), ['nadia-karam']);
      const events = JSON.parse(
        runCli('timeline', path.join(story, 'quake/draft.md'), '--date', '2025-02-10', '--json', '--workspace', story)
          .out,
      ) as { events: { entities: string[] }[] };
      assert.deepStrictEqual(
        events.events.map((event) => event.entities),
        [['nadia-karam']],
      );
      // A dictionary asked for that cannot be read: exit 2 before any output, which would look complete.
      const missing = runCli(
        'annotate',
        path.join(story, 'quake/draft.md'),
        '--workspace',
        story,
        '--dict',
        path.join(story, 'gone.entities.json'),
      );
      assert.deepStrictEqual([missing.code, missing.out], [2, '']);
      assert.match(missing.err, /gone\.entities\.json: ENOENT/);
    } finally {
      fs.rmSync(story, { recursive: true, force: true });
    }
  });

  it('skips binary and non-UTF-8 input with a note', () => {
    assert.match(
      runCli('annotate', write('photo.jpg', new Uint8Array([0xff, 0xd8, 0, 1]))).err,
      /skipped, it looks binary/,
    );
    assert.match(
      runCli('annotate', write('latin1.txt', new Uint8Array([0x41, 0xe9, 0x42]))).err,
      /skipped, it is not UTF-8/,
    );
  });

  it('explains usage mistakes', () => {
    assert.strictEqual(runCli().code, 2);
    assert.match(runCli('frobnicate').err, /unknown command "frobnicate"/);
    assert.match(runCli('annotate').err, /annotate needs a FILE/);
    assert.match(runCli('annotate', 'a', '--dict').err, /--dict needs a value/);
    assert.match(runCli('annotate', 'a', 'b').err, /one FILE at a time/);
    assert.match(runCli('check', 'a', '--style', 'bbc').err, /unknown style "bbc"/);
    assert.match(runCli('annotate', 'a', '--colour').err, /unknown option "--colour"/);
    assert.strictEqual(runCli('--help').code, 0);
    // Every source of the story's date the builder and the timeline use, in their order.
    assert.match(
      runCli('--help').out.replace(/\s+/g, ' '),
      /--date DAY the day the story is told from .*; otherwise its dateline's date, otherwise the publication date of a date line or byline .*, otherwise the latest full date in the story \(not a caption's\), otherwise the file's modification date/,
    );
  });
});

describe('newsroom-lens check', () => {
  it('prints exactly the documented JSON and exits 1 on warnings', () => {
    // Worked out by hand: "Peskow" starts at offset 25 on line 1; line 2 starts at 41, so "Asad" is at 48, column 8.
    const file = write('peskow.md', 'Dmitry Peskov spoke, and Peskow said so.\nLater, Asad fled.\n');
    const { code, out } = runBuilt('check', file, '--json', '--workspace', sampleEverywhere);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(JSON.parse(out), {
      findings: [
        {
          file,
          rule: 'name-variant',
          severity: 'warning',
          message:
            '"Peskow" looks like a variant spelling of Dmitry Peskov: it differs from "Peskov" by v→w, as transliterations do, with the same sound; the dictionary spells it "Peskov".',
          text: 'Peskow',
          suggestion: 'Peskov',
          entity: 'dmitry-peskov',
          start: 25,
          end: 31,
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 32,
        },
        {
          file,
          rule: 'name-variant',
          severity: 'warning',
          message:
            '"Asad" looks like a variant spelling of Bashar al-Assad: it differs from "Assad" by ss→s, as transliterations do, with the same sound; the dictionary spells it "Assad".',
          text: 'Asad',
          suggestion: 'Assad',
          entity: 'bashar-al-assad',
          start: 48,
          end: 52,
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 12,
        },
      ],
    });
  });

  it('exits 0 on a clean draft, and on one with notes only', () => {
    const clean = write('clean.md', 'Bashar al-Assad fled to Moscow, and Assad was not seen again.\n');
    const notes = write('notes.md', 'Bashar al-Assad fled. He said: “Asad is gone.”\n');
    assert.strictEqual(runBuilt('check', clean, '--workspace', sampleEverywhere).code, 0);
    const { code, out } = runBuilt('check', notes, '--workspace', sampleEverywhere);
    assert.strictEqual(code, 0);
    assert.match(out, /notes\.md:1:33: info name-variant: .*quotation/);
    assert.match(out, /1 finding \(0 errors, 0 warnings, 1 note\) in 1 file/);
  });

  it('checks several files, in the style asked for, and says what it skipped', () => {
    const one = write('one.md', 'Bashar al-Assad fled.\n');
    const two = write('two.md', 'Bashar al-Assad fled. Assad hid.\n');
    const binary = write('image.png', new Uint8Array([0x89, 0x50, 0, 0]));
    const { code, out, err } = runCli('check', one, two, binary, '--style', 'ap', '--workspace', sampleEverywhere);
    assert.strictEqual(code, 0, out);
    assert.match(
      out,
      /one\.md:1:1: info house-style: AP style writes Bashar al-Assad as "Bashar Assad" here\. → "Bashar Assad"/,
    );
    assert.match(out, /2 findings \(0 errors, 0 warnings, 2 notes\) in 2 files/);
    assert.match(err, /image\.png: skipped, it looks binary/);
  });

  it('uses the bundled sample dictionary only beside a copy of its article, unless told to everywhere', () => {
    const draft = 'Dmitry Peskov spoke, and Peskow said so.\n';
    const story = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-cli-story-'));
    try {
      fs.mkdirSync(path.join(story, 'sample'));
      fs.mkdirSync(path.join(story, 'quake'));
      fs.copyFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), path.join(story, 'sample/article.txt'));
      fs.writeFileSync(path.join(story, 'sample/draft.md'), draft);
      fs.writeFileSync(path.join(story, 'quake/draft.md'), draft);
      const { out } = runBuilt('check', '--workspace', story);
      assert.match(
        out,
        /sample[/\\]draft\.md:1:26: warning name-variant: "Peskow" looks like a variant spelling of Dmitry Peskov/,
      );
      assert.doesNotMatch(out, /quake[/\\]draft\.md:1:26: warning name-variant/);
      fs.mkdirSync(path.join(story, '.vscode'));
      fs.writeFileSync(
        path.join(story, '.vscode/settings.json'),
        '{ "newsroomLens.sampleDictionaryEverywhere": true }',
      );
      assert.match(runBuilt('check', '--workspace', story).out, /quake[/\\]draft\.md:1:26: warning name-variant/);
    } finally {
      fs.rmSync(story, { recursive: true, force: true });
    }
  });

  it('exits 2 for a missing file or dictionary', () => {
    assert.strictEqual(runCli('check', path.join(scratch, 'gone.md'), '--workspace', emptyWorkspace).code, 2);
    const draft = write('any.md', 'Text.');
    const { code, err } = runCli(
      'check',
      draft,
      '--workspace',
      emptyWorkspace,
      '--dict',
      path.join(scratch, 'gone.entities.json'),
    );
    assert.strictEqual(code, 2);
    assert.match(err, /gone\.entities\.json: ENOENT: no such file or directory\n$/);
  });
});

describe('newsroom-lens timeline', () => {
  it('prints exactly the documented JSON, events in order, anchored on --date', () => {
    // Worked out by hand: line 2 starts at 22; the quotation's "tomorrow" is the day after Saturday.
    const file = write('call.md', 'Assad left on Sunday.\nJalali called on Saturday night. Assad said: "Tomorrow."\n');
    const { code, out } = runBuilt('timeline', file, '--date', '2024-12-08', '--json', '--workspace', sampleEverywhere);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), {
      anchor: '2024-12-08',
      events: [
        {
          date: '2024-12-07',
          precision: 'part-of-day',
          text: 'Jalali called on Saturday night.',
          entities: ['mohammed-jalali'],
          start: 22,
          end: 54,
        },
        {
          date: '2024-12-08',
          precision: 'day',
          text: 'Assad left on Sunday.',
          entities: ['bashar-al-assad'],
          start: 0,
          end: 21,
        },
        {
          date: '2024-12-08',
          precision: 'day',
          text: 'Assad said: "Tomorrow."',
          entities: ['bashar-al-assad'],
          start: 55,
          end: 78,
        },
      ],
    });
  });

  it('takes the anchor from a dateline, and lists durations apart, for people', () => {
    const file = write('dateline.md', 'DAMASCUS, Dec 8, 2024 — A 24-year rule ended on Sunday.\n');
    const { code, out } = runCli('timeline', file, '--workspace', emptyWorkspace);
    assert.strictEqual(code, 0);
    assert.match(out, /told from 2024-12-08 \(from the story's dateline\)/);
    assert.match(out, /Without a date:\n  "24-year" \(duration P24Y\)/);
  });

  it('refuses a malformed --date', () => {
    assert.match(runCli('timeline', 'x.md', '--date', '8 December').err, /--date takes a day as YYYY-MM-DD/);
  });
});

describe('newsroom-lens build (what it leaves out, and how it dated the story)', function () {
  this.timeout(30000);
  const article =
    'DHAKA, Aug 9, 2025 - Foreign Minister Amal Haddad said on Saturday that floods had cut off Rangpur. Haddad said the Zorblat was closed.\n';
  const fileDate = new Date(2026, 0, 15, 12);
  const dated = (name: string, content: string) => {
    const file = write(name, content);
    fs.utimesSync(file, fileDate, fileDate);
    return file;
  };

  it('leaves out the entities below --min-confidence, and the relations and events to them, and lists them with their confidence', () => {
    const file = dated('review.txt', article);
    const { review } = buildDictionary(article, { tagger: compromiseTagger, fallbackDate: parseDay('2026-01-15')! });
    const confidences = [...new Set(review.map((entity) => entity.confidence))].sort();
    assert.ok(confidences.length >= 2, `the article needs entities of different confidence: ${JSON.stringify(review)}`);
    const minimum = (confidences[0]! + confidences[1]!) / 2;
    const { code, out, err } = runCli('build', file, '-o', '-', '--min-confidence', String(minimum));
    assert.strictEqual(code, 0, err);
    const written = JSON.parse(out) as DictionaryFileContent;
    const low = review.filter((entity) => entity.confidence < minimum);
    assert.deepStrictEqual(
      written.entities.map((entity) => entity.id),
      review.filter((entity) => entity.confidence >= minimum).map((entity) => entity.id),
    );
    const lines = low
      .map((entity) => `  ${entity.name} (${entity.type}, confidence ${entity.confidence.toFixed(2)})\n`)
      .join('');
    assert.ok(
      err.includes(
        `left out ${low.length === 1 ? '1 entity' : `${low.length} entities`} below confidence ${minimum}:\n${lines}`,
      ),
      err,
    );
    const gone = new Set(low.map((entity) => entity.id));
    assert.ok(!written.entities.some((entity) => entity.relations.some((relation) => gone.has(relation.target))));
    assert.ok(!written.events.some((event) => event.entities.some((id) => gone.has(id))));
    const everything = runCli('build', file, '-o', '-');
    assert.strictEqual((JSON.parse(everything.out) as DictionaryFileContent).entities.length, review.length);
    assert.ok(!everything.err.includes('left out'), everything.err);
  });

  it('says which date it dated the story by, and why', () => {
    const reasonFor = (name: string, content: string, ...args: string[]) => {
      const { code, err } = runCli('build', dated(name, content), '-o', '-', ...args);
      assert.strictEqual(code, 0, err);
      return /story dated (\S+): (.*)\n/.exec(err)!.slice(1).join(' ');
    };
    assert.strictEqual(reasonFor('dateline.txt', article), '2025-08-09 dateline');
    assert.strictEqual(reasonFor('given.txt', article, '--date', '2025-08-10'), '2025-08-10 given with --date');
    const byline =
      'By Jane Doe, Associated Press\nAugust 8, 2025\n\nForeign Minister Amal Haddad said on Friday that floods had cut off Rangpur.\n';
    assert.strictEqual(reasonFor('byline.txt', byline), '2025-08-08 byline date');
    const undated = 'Foreign Minister Amal Haddad said floods had cut off Rangpur.\n';
    assert.strictEqual(
      reasonFor('written.txt', `${undated}The rains began on August 2, 2025.\n`),
      '2025-08-02 latest full date in the text',
    );
    assert.strictEqual(
      reasonFor('undated.txt', undated),
      "2026-01-15 the file's date — nothing in the text dates the story (give one with --date)",
    );
  });

  it('says when a dateline gives no year, and dates the articles of a story that do not date themselves by the others', () => {
    const yearless = 'KAUNAS, June 26 (Reuters) - Foreign Minister Amal Haddad said floods had cut off Rangpur.\n';
    const alone = runCli('build', dated('yearless.txt', yearless), '-o', '-');
    assert.match(alone.err, /story dated 2025-06-26: dateline without its year; the year taken from the file's date/);
    const story = runCli(
      'build',
      dated('a-yearless.txt', yearless),
      dated('b-undated.txt', 'Amal Haddad said on Monday that the floods had cut off Rangpur.\n'),
      dated('c-dated.txt', 'Amal Haddad said the rains began on June 19, 2015.\n'),
      '-o',
      '-',
    );
    assert.strictEqual(story.code, 0, story.err);
    assert.match(
      story.err,
      /a-yearless\.txt: story dated 2015-06-26: dateline without its year; the year taken from the story's other articles/,
    );
    assert.match(story.err, /b-undated\.txt: story dated 2015-06-19: the story's other articles — nothing in the text/);
  });

  it('refuses a --min-confidence outside 0 to 1', () => {
    for (const value of ['1.5', '-0.1', 'high', ''])
      assert.match(
        runCli('build', 'x.txt', '--min-confidence', value).err,
        /--min-confidence (takes a number from 0 to 1|needs a value)/,
      );
  });
});
