import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as sarif from 'sarif';
import { checkWorkspace } from '../../src/cli/check';
import { escapeData, escapeProperty } from '../../src/cli/formats';
import { runCli as cli } from './cliRun';
import { DEFAULT_CHECK_OPTIONS, RULES } from '../../src/core/consistency/findings';
import { checkDraft } from '../../src/core/consistency/check';
import { loadDictionaries } from '../../src/core/dictionary/load';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-check-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` (path → content) under a new folder and returns it. */
function workspace(name: string, files: Record<string, string>): string {
  const root = path.join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** `check` in a workspace, without the bundled dictionaries, so that a test's own are the only ones. */
const checkIn = (root: string, ...args: string[]) => cli('check', '--workspace', root, '--no-bundled', ...args);

const dictionary = (id: string, name: string, alias: string) =>
  JSON.stringify({ entities: [{ id, name, type: 'person', aliases: [alias] }] });

/**
 * A desk's workspace: a dictionary at its root, another that .gitignore leaves out, settings
 * with comments that turn a rule off and raise another, drafts in folders, and files that are
 * not drafts or are ignored.
 */
const desk = workspace('desk', {
  '.gitignore': 'archive/\nscratch.entities.json\n',
  '.vscode/settings.json':
    '{\n  // the desk\'s rules\n  "newsroomLens.consistency.rules": { "first-reference": "error", "house-style": "off" },\n}\n',
  'desk.entities.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
  'scratch.entities.json': dictionary('omar-haddad', 'Omar Haddad', 'Haddad'),
  'drafts/karam.md': 'Karam spoke. Nadia Karam left.\n',
  'drafts/notes.txt': 'Haddad spoke. Omar Haddad left.\n',
  'drafts/data.json': '{"Karam": 1}',
  'archive/old.md': 'Karam spoke first.\n',
  'node_modules/pkg/readme.md': 'Karam spoke first.\n',
});

describe('newsroom-lens check: the workspace as the editor sees it', () => {
  it('finds the dictionaries and drafts the extension would, and uses the workspace settings', () => {
    const report = checkWorkspace({ workspace: desk, paths: [], dictionaries: [], bundled: false }, []);
    assert.deepStrictEqual(report.files.map((file) => path.relative(desk, file)).sort(), [
      path.join('drafts', 'karam.md'),
      path.join('drafts', 'notes.txt'),
    ]);
    // Karam is known from desk.entities.json; Haddad only from the gitignored dictionary, so not at all.
    assert.deepStrictEqual(
      report.findings.map((f) => [path.basename(f.file), f.rule, f.severity, f.text, f.line, f.column, f.endColumn]),
      [['karam.md', 'first-reference', 'error', 'Karam', 1, 1, 6]],
    );
    assert.deepStrictEqual([report.problems, report.unreadable, report.skipped], [[], [], []]);
  });

  it('checks each draft against the dictionaries of its story: its folder, those above it, not its neighbours', () => {
    const stories = workspace('stories', {
      'desk.entities.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
      'quake/quake.entities.json': dictionary('omar-haddad', 'Omar Haddad', 'Haddad'),
      'quake/draft.md': 'Karam spoke. Haddad spoke.\n',
      'election/election.entities.json': dictionary('lina-saleh', 'Lina Saleh', 'Saleh'),
      'election/draft.md': 'Karam spoke. Haddad spoke. Saleh spoke.\n',
    });
    const firstReferences = (settings?: string) => {
      if (settings) workspace('stories', { '.vscode/settings.json': settings });
      const report = checkWorkspace({ workspace: stories, paths: [], dictionaries: [], bundled: false }, []);
      return report.findings
        .filter((finding) => finding.rule === 'first-reference')
        .map((finding) => `${path.basename(path.dirname(finding.file))}: ${finding.text}`)
        .sort();
    };
    // Haddad is known to the quake story only; the desk's Karam to both; Saleh to the election.
    assert.deepStrictEqual(firstReferences(), ['election: Karam', 'election: Saleh', 'quake: Haddad', 'quake: Karam']);
    assert.deepStrictEqual(firstReferences('{ "newsroomLens.dictionaryScope": "workspace" }'), [
      'election: Haddad',
      'election: Karam',
      'election: Saleh',
      'quake: Haddad',
      'quake: Karam',
    ]);
  });

  it('checks the drafts in a folder given, and a file given even where .gitignore leaves it out', () => {
    const { code, out } = checkIn(desk, path.join(desk, 'drafts'), path.join(desk, 'archive/old.md'));
    assert.strictEqual(code, 1);
    assert.match(out, /karam\.md:1:1: error first-reference: /);
    assert.match(out, /old\.md:1:1: error first-reference: /);
    assert.match(out, /2 findings \(2 errors, 0 warnings, 0 notes\) in 3 files\n$/);
  });

  it('--fail-on sets the exit code, against the severities the workspace settings give', () => {
    assert.strictEqual(checkIn(desk, '--fail-on', 'error').code, 1);
    const lenient = workspace('lenient', {
      'desk.entities.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
      'a.md': 'Karam spoke. Nadia Karam left.\n',
    });
    const run = (...args: string[]) => checkIn(lenient, ...args).code;
    assert.deepStrictEqual(
      [run(), run('--fail-on', 'error'), run('--fail-on', 'warning'), run('--fail-on', 'info')],
      [1, 0, 1, 1],
    );
    fs.mkdirSync(path.join(lenient, '.vscode'));
    fs.writeFileSync(
      path.join(lenient, '.vscode/settings.json'),
      '{ "newsroomLens.consistency.rules": { "first-reference": "info" } }',
    );
    assert.deepStrictEqual([run(), run('--fail-on', 'info')], [0, 1]);
  });

  it('does not flag a name the dictionary records as not a variant of an entity', () => {
    const entry = { id: 'amal-haddad', name: 'Amal Haddad', type: 'person', aliases: ['Haddad'] };
    const decided = workspace('decided', {
      'desk.entities.json': JSON.stringify({ entities: [entry] }),
      'a.md': 'Amal Haddad spoke, and Hadad, her neighbour, agreed.\n',
    });
    assert.match(checkIn(decided).out, /name-variant: "Hadad" looks like a variant spelling of Amal Haddad/);
    fs.writeFileSync(
      path.join(decided, 'desk.entities.json'),
      JSON.stringify({ entities: [{ ...entry, notVariants: ['Hadad'] }] }),
    );
    const { code, out } = checkIn(decided);
    assert.strictEqual(code, 0, out);
    assert.doesNotMatch(out, /Hadad/);
  });

  it('gives the findings the editor checker gives: names in other scripts, last-letter slips, titles in capitals', () => {
    const text = 'Syrian PM Mohamed Jalali met Песков and Colin Wood. بشار الأسد left.\n';
    const root = workspace('scripts', {
      'desk.entities.json': JSON.stringify({
        entities: [
          { id: 'mohammed-jalali', name: 'Mohammed Jalali', type: 'person', aliases: ['Jalali'] },
          { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov'] },
          { id: 'colin-woods', name: 'Colin Woods', type: 'person', aliases: ['Woods'] },
          { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', aliases: ['Assad'] },
        ],
      }),
      'a.md': text,
    });
    const { findings } = JSON.parse(checkIn(root, '--format', 'json').out);
    const index = loadDictionaries([
      { file: 'desk.entities.json', bytes: fs.readFileSync(path.join(root, 'desk.entities.json')) },
    ]).index;
    const editor = checkDraft(text, index, DEFAULT_CHECK_OPTIONS);
    assert.deepStrictEqual(
      findings.map((finding: { rule: string; text: string; suggestion: string }) => [
        finding.rule,
        finding.text,
        finding.suggestion,
      ]),
      editor.map((finding) => [finding.rule, finding.text, finding.suggestion]),
    );
    assert.deepStrictEqual(
      editor.map((finding) => finding.rule),
      ['name-variant', 'other-script', 'name-variant', 'other-script'],
    );
  });

  it('takes the house style from the workspace settings, unless --style says otherwise', () => {
    const styled = workspace('styled', {
      'desk.entities.json': dictionary('omar-al-haddad', 'Omar al-Haddad', 'Haddad'),
      '.vscode/settings.json': '{ "newsroomLens.consistency.houseStyle": "ap" }',
      'a.md': 'Omar al-Haddad spoke.\n',
    });
    const rules = (...args: string[]) =>
      (
        JSON.parse(checkIn(styled, '--json', ...args).out).findings as {
          rule: string;
        }[]
      ).map((f) => f.rule);
    assert.deepStrictEqual(rules(), ['house-style']);
    assert.deepStrictEqual(rules('--style', 'reuters'), []);
  });

  it('exits 2, after reporting what it could, when a dictionary, a draft or the settings cannot be read', () => {
    const broken = workspace('broken', {
      'a.md': 'Karam spoke. Nadia Karam left.\n',
      'bad.entities.json': '{ "entities": [',
      'desk.entities.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
    });
    const unparsable = checkIn(broken);
    assert.strictEqual(unparsable.code, 2);
    // Where the JSON breaks: the end of '{ "entities": [', column 16.
    assert.match(unparsable.err, /bad\.entities\.json:1:16: not valid JSON/);
    assert.match(unparsable.out, /a\.md:1:1: warning first-reference/);
    fs.rmSync(path.join(broken, 'bad.entities.json'));
    assert.strictEqual(checkIn(broken).code, 1);
    // A --dict that is not there, or that is a folder, is no "0 findings".
    const missing = checkIn(broken, '--dict', path.join(broken, 'gone.entities.json'));
    assert.deepStrictEqual([missing.code, /gone\.entities\.json: ENOENT/.test(missing.err)], [2, true]);
    assert.strictEqual(checkIn(broken, '--dict', broken).code, 2);
    // An entry left out for an error leaves the check incomplete.
    fs.writeFileSync(
      path.join(broken, 'entry.entities.json'),
      JSON.stringify({ entities: [{ id: 'x', name: 'X', type: 'starship' }] }),
    );
    assert.strictEqual(checkIn(broken).code, 2);
    fs.rmSync(path.join(broken, 'entry.entities.json'));
    // A draft asked for that is not there.
    const gone = checkIn(broken, path.join(broken, 'a.md'), path.join(broken, 'gone.md'));
    assert.strictEqual(gone.code, 2);
    assert.match(gone.out, /a\.md:1:1: warning first-reference/);
    assert.match(gone.err, /gone\.md: ENOENT/);
    // Broken settings would change the rules: refused.
    fs.mkdirSync(path.join(broken, '.vscode'));
    fs.writeFileSync(path.join(broken, '.vscode/settings.json'), '{ "newsroomLens.consistency.rules": ');
    const settings = checkIn(broken);
    assert.strictEqual(settings.code, 2);
    assert.match(settings.err, /settings\.json: not valid JSON with comments: ValueExpected at line 1 column 37/);
  });

  it('dates a draft’s timeline from --date, else its file date, as the editor does, comparing only dates with their year when the file date is all it has', () => {
    const dated = workspace('dated', {
      'desk.entities.json': JSON.stringify({
        entities: [{ id: 'nadia-karam', name: 'Nadia Karam', type: 'person', aliases: ['Karam'] }],
        events: [{ date: '2025-03-03', precision: 'day', text: 'Karam resigned', entities: ['nadia-karam'] }],
      }),
      'a.md': 'Nadia Karam resigned on Monday.\n',
    });
    const conflicts = (...args: string[]) =>
      (JSON.parse(checkIn(dated, '--json', ...args).out).findings as { rule: string; text: string }[]).map((f) => [
        f.rule,
        f.text,
      ]);
    // Told from Wednesday 5 March, "Monday" is the 3rd, as the dictionary has it; from the 12th, it is the 10th.
    assert.deepStrictEqual(conflicts('--date', '2025-03-05'), []);
    assert.deepStrictEqual(conflicts('--date', '2025-03-12'), [['timeline-conflict', 'Monday']]);
    const draft = path.join(dated, 'a.md');
    fs.utimesSync(draft, new Date(2025, 2, 12, 12), new Date(2025, 2, 12, 12));
    // The file's date is a guess at when the draft is told: "Monday" could be any Monday, so it is not compared…
    assert.deepStrictEqual(conflicts(), []);
    // …while a date that writes its year is.
    fs.writeFileSync(draft, 'Nadia Karam resigned on March 10, 2025.\n');
    fs.utimesSync(draft, new Date(2025, 2, 12, 12), new Date(2025, 2, 12, 12));
    assert.deepStrictEqual(conflicts(), [['timeline-conflict', 'March 10, 2025']]);
  });

  it('loads the dictionaries the settings name, relative to the workspace', () => {
    const named = workspace('named', {
      'shared/desk.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
      '.vscode/settings.json': '{ "newsroomLens.dictionaries": ["shared/desk.json"] }',
      'a.md': 'Karam spoke.\n',
    });
    const report = checkWorkspace({ workspace: named, paths: [], dictionaries: [], bundled: false }, []);
    assert.deepStrictEqual(
      report.findings.map((f) => [f.rule, f.entity]),
      [['first-reference', 'nadia-karam']],
    );
  });

  it('exits 2 when it finds no draft to check, or no workspace', () => {
    const empty = workspace('empty', { 'notes.json': '{}' });
    assert.deepStrictEqual(checkIn(empty), {
      code: 2,
      out: '',
      err: 'newsroom-lens: checked no file (no draft found)\n',
    });
    const gone = path.join(scratch, 'no-such-workspace');
    assert.deepStrictEqual(checkIn(gone), {
      code: 2,
      out: '',
      err: `newsroom-lens: ${gone}: ENOENT: no such file or directory\n`,
    });
  });

  it('prints help for `check --help`, and the version for --version', () => {
    const help = cli('check', '--help');
    assert.deepStrictEqual([help.code, help.err], [0, '']);
    assert.match(help.out, /--fail-on S +check: exit 1 on a finding of severity S or above/);
    assert.match(help.out, /Exit codes: 0 done/);
    assert.deepStrictEqual(cli('--version'), { code: 0, out: `newsroom-lens ${manifest.version}\n`, err: '' });
    assert.match(cli('check', '--format', 'xml').err, /unknown format "xml" \(choose text, json, sarif, github\)/);
    assert.match(cli('check', '--fail-on', 'never').err, /--fail-on takes error, warning or info, not "never"/);
    assert.match(cli('check', '--json', '--format', 'sarif').err, /--json and --format sarif ask for two formats/);
  });
});

describe('newsroom-lens check: formats for CI', () => {
  const ci = workspace('ci', {
    'desk.entities.json': dictionary('nadia-karam', 'Nadia Karam', 'Karam'),
    'drafts/a, b: c.md': 'Intro.\n😀 Karam spoke. Nadia Karam left.\n',
  });

  it('--format sarif writes a SARIF 2.1.0 log: every rule, each finding with its 1-based region', () => {
    const { code, out } = checkIn(ci, '--format', 'sarif');
    assert.strictEqual(code, 1);
    const log = JSON.parse(out) as sarif.Log;
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    const [only] = log.runs;
    assert.strictEqual(log.runs.length, 1);
    assert.strictEqual(only!.tool.driver.name, 'Newsroom Lens');
    assert.strictEqual(only!.tool.driver.version, manifest.version);
    assert.deepStrictEqual(
      only!.tool.driver.rules!.map((rule) => rule.id),
      [...RULES],
    );
    assert.ok(
      only!.tool.driver.rules!.every((rule) => rule.shortDescription?.text && rule.defaultConfiguration?.level),
    );
    assert.strictEqual(only!.originalUriBaseIds!.SRCROOT!.uri, `file://${ci}/`);
    assert.deepStrictEqual(only!.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    // Worked out by hand: line 2 starts with an emoji of two UTF-16 code units, so "Karam" is at column 4.
    assert.deepStrictEqual(only!.results, [
      {
        ruleId: 'first-reference',
        ruleIndex: RULES.indexOf('first-reference'),
        level: 'warning',
        message: { text: only!.results![0]!.message.text },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'drafts/a%2C%20b%3A%20c.md', uriBaseId: 'SRCROOT' },
              region: { startLine: 2, startColumn: 4, endLine: 2, endColumn: 9 },
            },
          },
        ],
      },
    ]);
    assert.match(only!.results![0]!.message.text!, /Karam/);
  });

  it('SARIF says when the run was incomplete, and why', () => {
    const { out } = checkIn(ci, '--format', 'sarif', '--dict', path.join(ci, 'gone.json'));
    const [invocation] = (JSON.parse(out) as sarif.Log).runs[0]!.invocations!;
    assert.strictEqual(invocation!.executionSuccessful, false);
    assert.match(invocation!.toolExecutionNotifications![0]!.message.text!, /gone\.json: ENOENT/);
  });

  it('--format github writes workflow annotations, escaped', () => {
    const { code, out } = checkIn(ci, '--format', 'github');
    assert.strictEqual(code, 1);
    const [annotation, summary] = out.split('\n');
    assert.match(
      annotation!,
      /^::warning file=drafts\/a%2C b%3A c\.md,line=2,col=4,endLine=2,endColumn=9,title=Newsroom Lens first-reference::.*Karam/,
    );
    assert.strictEqual(summary, '1 finding (0 errors, 1 warning, 0 notes) in 1 file');
    assert.strictEqual(escapeData('100% sure\r\nno'), '100%25 sure%0D%0Ano');
    assert.strictEqual(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
  });

  it('--format json equals --json, with the end of each finding', () => {
    const json = checkIn(ci, '--format', 'json');
    assert.strictEqual(json.out, checkIn(ci, '--json').out);
    const [finding] = JSON.parse(json.out).findings;
    assert.deepStrictEqual(
      [finding.line, finding.column, finding.endLine, finding.endColumn, finding.start, finding.end],
      [2, 4, 2, 9, 10, 15],
    );
  });
});
