/**
 * The CLI against files that fight back: special files, a reader that stops early, a full
 * disk, a write that fails, six builds into one file at once, and builds killed at random.
 */
import * as assert from 'assert';
import { type ChildProcess, spawn, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import nodeFs = require('fs');
import * as os from 'os';
import * as path from 'path';
import { FileTooLarge, readRegularFile } from '../../../src/cli/files';
import { runCli as inProcess } from '../cliRun';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist/cli.js');
const articles = path.join(root, 'test/fixtures/builder');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-reliability-'));
/** A workspace of no dictionaries and no settings, so that `check` uses only what a test gives it. */
const emptyWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-reliability-workspace-'));
/** A workspace whose only setting turns the bundled sample dictionary on for every draft. */
const sampleEverywhere = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-reliability-sample-'));
fs.mkdirSync(path.join(sampleEverywhere, '.vscode'));
fs.writeFileSync(
  path.join(sampleEverywhere, '.vscode/settings.json'),
  JSON.stringify({ 'newsroomLens.sampleDictionaryEverywhere': true }),
);
after(() => {
  for (const folder of [scratch, emptyWorkspace, sampleEverywhere]) fs.rmSync(folder, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The built CLI through bash, so that a pipeline's exit codes can be read; a hang fails after 20 s. */
function shell(script: string): { code: number; out: string; err: string } {
  const result = spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, CLI: cli },
  });
  assert.strictEqual(result.error, undefined, `${script}: ${String(result.error)}`);
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

/** Entries of the scratch folder beside `file` other than the file itself: temporary files and locks left behind. */
function leftovers(file: string): string[] {
  const name = path.basename(file);
  return fs
    .readdirSync(path.dirname(file))
    .filter((entry) => (entry !== name && entry.startsWith(`.${name}`)) || entry.startsWith(`${name}.lock`));
}

const slowDisk = path.join(__dirname, 'slowDisk.js');
const HAND_MADE = '{\n  "entities": [\n    { "id": "amal-haddad", "name": "Amal Haddad", "type": "person" }\n  ]\n}\n';

describe('reliability: special files are refused, never read', function () {
  this.timeout(30_000);
  let fifo: string;
  before(function () {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    fifo = path.join(scratch, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
  });

  it('an article or dictionary on /dev/zero, a FIFO or a directory: exit 2 at once, naming it', () => {
    const article = write('short.md', 'Sergei Lavrov spoke in Doha.\n');
    assert.deepStrictEqual(shell(`node "$CLI" annotate /dev/zero --workspace "${emptyWorkspace}"`), {
      code: 2,
      out: '',
      err: 'newsroom-lens: /dev/zero: not a regular file (a device); a text file must be a file\n',
    });
    assert.deepStrictEqual(shell(`node "$CLI" annotate "${fifo}" --workspace "${emptyWorkspace}"`), {
      code: 2,
      out: '',
      err: `newsroom-lens: ${fifo}: not a regular file (a named pipe); a text file must be a file\n`,
    });
    assert.deepStrictEqual(
      shell(`node "$CLI" annotate "${article}" --workspace "${emptyWorkspace}" --dict /dev/zero`),
      {
        code: 2,
        out: '',
        err: 'newsroom-lens: /dev/zero: not a regular file (a device); a dictionary must be a file\n',
      },
    );
    assert.deepStrictEqual(
      shell(`node "$CLI" check "${article}" --workspace "${emptyWorkspace}" --dict "${fifo}"`).err,
      `newsroom-lens: ${fifo}: not a regular file (a named pipe); a dictionary must be a file\n`,
    );
    assert.deepStrictEqual(shell(`node "$CLI" build /dev/zero`).code, 2);
    assert.deepStrictEqual(
      inProcess('check', '--workspace', emptyWorkspace, '/dev/zero').err,
      `newsroom-lens: /dev/zero: not a regular file (a device); a text file must be a file\n`,
    );
  });

  it('reads stop at the size limit, also where the size on disk says nothing (/proc)', () => {
    const ten = write('ten.txt', '0123456789');
    assert.strictEqual(readRegularFile(ten, 10, 'text file').toString(), '0123456789');
    assert.throws(
      () => readRegularFile(ten, 9, 'text file'),
      (error: unknown) =>
        error instanceof FileTooLarge && error.message === `${ten}: 10 bytes is over the 9-byte limit for a text file`,
    );
    assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
    assert.ok(readRegularFile('/proc/self/status', 100_000, 'text file').toString().startsWith('Name:'));
    assert.throws(
      () => readRegularFile('/proc/self/status', 20, 'text file'),
      (error: unknown) =>
        error instanceof FileTooLarge &&
        error.message === '/proc/self/status: more than 20 bytes is over the 20-byte limit for a text file',
    );
  });

  it('-o on /dev/full, a FIFO or a directory: exit 2, nothing written, refused before the article is built', () => {
    const article = path.join(articles, 'football-derby.txt');
    for (const [target, kind] of [
      ['/dev/full', 'a device'],
      [fifo, 'a named pipe'],
      [scratch, 'a directory'],
    ] as const) {
      const { code, out, err } = shell(`node "$CLI" build "${article}" -o "${target}"`);
      assert.deepStrictEqual([code, out], [2, '']);
      assert.strictEqual(
        err,
        `newsroom-lens: ${target}: not a regular file (${kind}); a dictionary must be a file; nothing was written\n`,
      );
    }
  });
});

describe('reliability: honest exit codes', function () {
  this.timeout(60_000);
  let long: string;
  before(() => {
    // Enough mentions that the output outgrows a pipe's buffer and `head` leaves before it is written.
    long = write('long.txt', 'Bashar al-Assad met Reuters in Damascus.\n'.repeat(4000));
  });

  it('a reader that stops early (`| head`) ends the run quietly with its usual code', () => {
    assert.deepStrictEqual(
      shell(
        `node "$CLI" annotate --json "${long}" --workspace "${sampleEverywhere}" | head -c 10; exit "\${PIPESTATUS[0]}"`,
      ),
      {
        code: 0,
        out: '{\n  "file"',
        err: '',
      },
    );
    const draft = write('variants.md', 'Sergei Lavrov spoke. Then Sergey Lavrov left.\n'.repeat(3000));
    const usual = shell(`node "$CLI" check --workspace "${emptyWorkspace}" "${draft}" > /dev/null`).code;
    assert.strictEqual(usual, 1, 'the draft has findings');
    const piped = shell(
      `node "$CLI" check --workspace "${emptyWorkspace}" "${draft}" | head -n 1; exit "\${PIPESTATUS[0]}"`,
    );
    assert.deepStrictEqual([piped.code, piped.err, piped.out.split('\n').length], [1, '', 2]);
  });

  it('standard output on a full disk: exit 2 with a message', () => {
    assert.deepStrictEqual(
      shell(`node "$CLI" annotate --json "${long}" --workspace "${sampleEverywhere}" > /dev/full`),
      {
        code: 2,
        out: '',
        err: 'newsroom-lens: could not write the output: ENOSPC: no space left on device, write\n',
      },
    );
  });

  it('check exits 2 when every file it was given was skipped', () => {
    const binary = write('photo.jpg', new Uint8Array([0xff, 0xd8, 0, 1]));
    const latin1 = write('latin1.md', new Uint8Array([0x41, 0xe9, 0x42]));
    assert.deepStrictEqual(inProcess('check', binary, latin1, '--no-bundled', '--workspace', emptyWorkspace), {
      code: 2,
      out: '',
      err: `newsroom-lens: ${binary}: skipped, it looks binary (it contains NUL bytes)\nnewsroom-lens: ${latin1}: skipped, it is not UTF-8 text\nnewsroom-lens: checked no file (2 files skipped)\n`,
    });
    assert.strictEqual(
      inProcess('check', binary, write('fine.md', 'Nothing here.\n'), '--no-bundled', '--workspace', emptyWorkspace)
        .code,
      0,
      'one file checked is a check',
    );
  });

  it('reports the line of a finding in a CR-only file', () => {
    const file = write('old-mac.md', 'First line.\rBashar Assad spoke.\r');
    const { out } = inProcess('annotate', file, '--json', '--workspace', sampleEverywhere);
    assert.deepStrictEqual(
      (JSON.parse(out) as { mentions: { line: number; column: number }[] }).mentions.map(({ line, column }) => [
        line,
        column,
      ]),
      [[2, 1]],
    );
  });

  it('escapes control characters and terminal escapes that come from data', () => {
    const dictionary = write(
      'evil.entities.json',
      JSON.stringify({
        entities: [
          {
            id: 'evil',
            name: 'Evil\u001b[2J\u001b]0;owned\u0007 Corp\u009b31m\u202e',
            type: 'organization',
            aliases: ['Evil Corp'],
          },
        ],
      }),
    );
    const draft = write('evil.md', 'Evil Corp\u001b[31m said so.\n');
    const text = inProcess('annotate', draft, '--dict', dictionary, '--no-bundled', '--workspace', emptyWorkspace);
    assert.strictEqual(
      text.out,
      `${draft}:1:1\t"Evil Corp"\tEvil\\u001b[2J\\u001b]0;owned\\u0007 Corp\\u009b31m\\u202e (organization)\n1 mention of 1 entity in ${draft}\n`,
    );
    const json = inProcess(
      'annotate',
      draft,
      '--dict',
      dictionary,
      '--no-bundled',
      '--json',
      '--workspace',
      emptyWorkspace,
    );
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(json.out + json.err));
    assert.strictEqual(
      (JSON.parse(json.out) as { mentions: { name: string }[] }).mentions[0]!.name,
      'Evil\u001b[2J\u001b]0;owned\u0007 Corp\u009b31m\u202e',
      'JSON escapes mean the same characters',
    );
  });
});

describe('reliability: dictionary writes', function () {
  this.timeout(120_000);
  const article = path.join(scratch, 'derby.txt');
  before(() => fs.copyFileSync(path.join(articles, 'football-derby.txt'), article));

  it('refuses to merge into what is not a UTF-8 JSON dictionary, leaving it byte for byte', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['package.json', '{\n  "name": "newsroom-lens",\n  "version": "0.1.0"\n}\n', /package\.json: missing "entities"/],
      [
        'latin1.entities.json',
        Uint8Array.from([...HAND_MADE].map((char) => char.charCodeAt(0))).map((byte, i, all) =>
          i === all.length - 30 ? 0xe9 : byte,
        ),
        /latin1\.entities\.json: not UTF-8 text \(byte 0xe9 at line 3/,
      ],
      ['utf16.entities.json', Buffer.from(HAND_MADE, 'utf16le'), /utf16\.entities\.json: binary or UTF-16 file/],
      [
        'truncated.entities.json',
        HAND_MADE.slice(0, 60),
        /truncated\.entities\.json: not valid JSON: .* at line 3, column 43/,
      ],
      ['empty.entities.json', '', /empty\.entities\.json: not valid JSON/],
    ];
    for (const [name, content, message] of cases) {
      const target = write(name, content);
      const before = fs.readFileSync(target);
      const { code, out, err } = inProcess('build', article, '-o', target);
      assert.deepStrictEqual([code, out], [2, ''], name);
      assert.match(err, message);
      assert.match(err, /; nothing was written \(fix it or move it away before rebuilding\)\n$/);
      assert.ok(fs.readFileSync(target).equals(before), `${name} changed`);
      assert.deepStrictEqual(leftovers(target), []);
    }
  });

  it('a write that fails (an injected ENOSPC) leaves the old file and no temporary one: exit 2 with the path', () => {
    const target = write('full-disk.entities.json', HAND_MADE);
    // The module object itself, which the CLI's writes go through (the `* as` namespace cannot be assigned to).
    const writeSync = nodeFs.writeSync;
    let failed = 0;
    (nodeFs as { writeSync: unknown }).writeSync = (fd: number, ...rest: unknown[]) => {
      if (Buffer.isBuffer(rest[0]) && rest[0].length > 1000 && failed++ === 0) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return (writeSync as (...args: unknown[]) => number)(fd, ...rest);
    };
    let result;
    try {
      result = inProcess('build', article, '-o', target);
    } finally {
      nodeFs.writeSync = writeSync;
    }
    assert.ok(failed > 0, 'the write was reached');
    assert.deepStrictEqual([result.code, result.out], [2, '']);
    assert.ok(
      result.err.endsWith(`\nnewsroom-lens: ${target}: ENOSPC: no space left on device; nothing was written\n`),
      result.err,
    );
    assert.strictEqual(fs.readFileSync(target, 'utf8'), HAND_MADE);
    assert.deepStrictEqual(leftovers(target), []);
  });

  it('six builds into one file at once: every update is kept', async () => {
    const names = [
      'bangladesh-floods',
      'bank-takeover',
      'chile-cabinet',
      'football-derby',
      'malaysia-graft',
      'peru-earthquake',
    ];
    const target = write('together.entities.json', HAND_MADE);
    const results = await Promise.all(
      names.map((name) => runCli(['build', path.join(articles, `${name}.txt`), '-o', target, '--date', '2025-01-01'])),
    );
    const added = results.map(({ code, out, err }) => {
      assert.strictEqual(code, 0, err);
      return Number(/added (\d+) entit/.exec(out)![1]);
    });
    const entities = (JSON.parse(fs.readFileSync(target, 'utf8')) as { entities: { id: string }[] }).entities;
    assert.ok(added.every((count) => count > 0));
    assert.strictEqual(entities.length, 1 + added.reduce((sum, count) => sum + count, 0), 'an update was lost');
    assert.strictEqual(entities[0]!.id, 'amal-haddad');
    assert.deepStrictEqual(leftovers(target), []);
  });

  it('a build killed at 50 random moments leaves the old dictionary or the new one, never a third thing', async function () {
    const article = path.join(scratch, 'short.txt');
    fs.writeFileSync(
      article,
      'DOHA (Reuters) - Sergei Lavrov, the Russian foreign minister, met Hakan Fidan in Doha on Saturday.\n',
    );
    // Two lanes of 25 kills, each into a file of its own, to keep the test short on two cores.
    const lanes = await Promise.all(
      ['one', 'two'].map((lane) => killRepeatedly(article, path.join(scratch, `killed-${lane}.entities.json`), 25)),
    );
    const outcomes = { old: lanes[0]!.old + lanes[1]!.old, new: lanes[0]!.new + lanes[1]!.new };
    assert.ok(outcomes.old > 0, JSON.stringify(outcomes));
  });

  it('takes over the lock of a writer that was killed', async () => {
    const target = write('stale.entities.json', HAND_MADE);
    fs.writeFileSync(`${target}.lock`, '999999999');
    const { code, err } = await runCli(['build', article, '-o', target]);
    assert.strictEqual(code, 0, err);
    assert.deepStrictEqual(leftovers(target), []);
  });

  it('writers that find the same stale lock at once take it over one at a time', async function () {
    await contestStaleLock(3, () => undefined);
  });

  it('recovers from a writer killed while it took over a stale lock, and leaves nothing behind', async function () {
    this.timeout(60_000);
    // Killed after it marked the takeover and before it removed the lock: the next writer must not wait forever.
    const target = write('half-taken.entities.json', HAND_MADE);
    fs.writeFileSync(`${target}.lock`, '999999999');
    fs.linkSync(`${target}.lock`, takeoverMark(target, '999999999'));
    const started = Date.now();
    const { code, err } = await runCli(['build', article, '-o', target]);
    assert.strictEqual(code, 0, err);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    assert.match(fs.readFileSync(target, 'utf8'), /"builtEntities"/);
    assert.deepStrictEqual(leftovers(target), []);

    // Killed after it removed the lock, before it removed its mark: the mark alone stops nobody and is cleared.
    fs.writeFileSync(target, HAND_MADE);
    fs.writeFileSync(takeoverMark(target, '999999998'), '999999998');
    const quick = Date.now();
    assert.strictEqual((await runCli(['build', article, '-o', target])).code, 0);
    assert.ok(Date.now() - quick < 10_000, `took ${Date.now() - quick} ms`);
    assert.deepStrictEqual(leftovers(target), []);
  });

  it('writers that find a half-taken stale lock at once: still one at a time', async function () {
    this.timeout(90_000);
    await contestStaleLock(2, (target) => fs.linkSync(`${target}.lock`, takeoverMark(target, '999999999')));
  });

  /**
   * Six writers find a dead writer's lock (and what `prepare` adds) at the same moment; each
   * marks its turn with a file only one may hold, so two writers at once are seen.
   */
  async function contestStaleLock(rounds: number, prepare: (target: string) => void): Promise<void> {
    const target = write('contested.entities.json', '');
    const inside = `${target}.inside`;
    const go = path.join(scratch, 'go');
    const writer = `
      const fs = require('fs');
      const { replaceFile } = require(${JSON.stringify(path.join(root, 'out/src/cli/files.js'))});
      const [target, inside, go] = process.argv.slice(1);
      const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      fs.writeFileSync(go + '.' + process.pid, '');
      while (!fs.existsSync(go)) pause(1);
      replaceFile(target, 1e6, 'test file', (current) => {
        try { fs.writeFileSync(inside, '', { flag: 'wx' }); } catch { console.log('overlap'); return String(current ?? ''); }
        pause(20);
        fs.rmSync(inside);
        return (current ?? '') + 'x';
      });`;
    const writers = 6;
    for (let round = 0; round < rounds; round++) {
      fs.writeFileSync(target, '');
      fs.writeFileSync(`${target}.lock`, '999999999');
      prepare(target);
      fs.rmSync(go, { force: true });
      const running = Promise.all(Array.from({ length: writers }, () => runNode(['-e', writer, target, inside, go])));
      await waitUntil(() => fs.readdirSync(scratch).filter((entry) => entry.startsWith('go.')).length === writers);
      for (const entry of fs.readdirSync(scratch).filter((entry) => entry.startsWith('go.')))
        fs.rmSync(path.join(scratch, entry));
      fs.writeFileSync(go, '');
      for (const { code, out, err } of await running)
        assert.deepStrictEqual([code, out], [0, ''], `round ${round}: two writers held the lock at once ${err}`);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'x'.repeat(writers), `round ${round}`);
      assert.deepStrictEqual(leftovers(target), []);
    }
  }
});

/** The name under which a writer marks that it is taking over the stale lock `content` (files.ts). */
function takeoverMark(target: string, content: string): string {
  return `${target}.lock.${createHash('sha256').update(content).digest('hex').slice(0, 16)}.0.stale`;
}

/** Builds `article` into `target` (holding HAND_MADE) `times` times, killed at a random moment each time; checks what is left. */
async function killRepeatedly(article: string, target: string, times: number): Promise<{ old: number; new: number }> {
  // A dictionary of some size, written slowly (slowDisk.js): the write takes about 100 ms of the run.
  const entities = Array.from({ length: 300 }, (_, i) => ({
    id: `reporter-${i}`,
    name: `Reporter Number${i}`,
    type: 'person',
  }));
  const old = `${JSON.stringify({ entities }, null, 2)}\n`;
  const args = ['-r', slowDisk, cli, 'build', article, '-o', target, '--date', '2024-12-08'];
  fs.writeFileSync(target, old);
  const started = Date.now();
  assert.strictEqual((await runNode(args)).code, 0);
  const duration = Date.now() - started;
  const built = fs.readFileSync(target, 'utf8');
  assert.notStrictEqual(built, old);
  const outcomes = { old: 0, new: 0 };
  for (let i = 0; i < times; i++) {
    fs.writeFileSync(target, old);
    // Half of the kills near the end, where the file is written.
    const delay = Math.random() < 0.5 ? Math.random() * duration * 1.1 : duration * (0.6 + Math.random() * 0.5);
    await runNode(args, delay);
    const now = fs.readFileSync(target, 'utf8');
    assert.ok(
      now === old || now === built,
      `${target}, killed after ${Math.round(delay)} ms: a third thing:\n${now.slice(0, 300)}`,
    );
    outcomes[now === built ? 'new' : 'old']++;
    for (const entry of leftovers(target)) fs.rmSync(path.join(path.dirname(target), entry), { force: true });
  }
  return outcomes;
}

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return runNode([cli, ...args]);
}

/** Runs node; with `killAfter`, SIGKILLs it then (if still running). */
function runNode(args: string[], killAfter?: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, args);
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    child.stderr!.on('data', (chunk) => (err += chunk));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}
