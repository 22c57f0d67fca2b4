import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  DEFAULT_CHECK_OPTIONS,
  DEFAULT_RULE_SEVERITIES,
  RULES,
  RULE_SUMMARIES,
  checkOptionsFromSettings,
} from '../../src/core/consistency/findings';
import { parseDay } from '../../src/core/text/calendar';
import { draftFindings } from '../../src/core/workspace/draftFindings';
import { parseWorkspaceSettings } from '../../src/core/workspace/settings';
import { indexOf } from './helpers';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));

/** A desk dictionary of one person and the day she resigned. */
const index = indexOf({
  entities: [{ id: 'nadia-karam', name: 'Nadia Karam', type: 'person', aliases: ['Karam'] }],
  events: [{ date: '2025-03-04', precision: 'day', text: 'Karam resigned as minister', entities: ['nadia-karam'] }],
});
const fileDay = parseDay('2025-03-10')!;
const RESIGNED_EARLY = 'Nadia Karam resigned on March 3, 2025. Karam left.';

describe('rules: one model for every finding', () => {
  it('every rule, the timeline conflict included, is a setting with the same default severity', () => {
    const setting = manifest.contributes.configuration.properties['newsroomLens.consistency.rules'];
    assert.deepStrictEqual(Object.keys(setting.properties), [...RULES]);
    assert.deepStrictEqual(setting.default, DEFAULT_RULE_SEVERITIES);
    for (const rule of RULES) {
      assert.strictEqual(setting.properties[rule].default, DEFAULT_RULE_SEVERITIES[rule], rule);
      assert.ok(RULE_SUMMARIES[rule].endsWith('.'), rule);
    }
  });

  it('a draft that dates an event against the dictionary gets a timeline-conflict finding on the date', () => {
    const findings = draftFindings({ text: RESIGNED_EARLY, fileDay }, index, DEFAULT_CHECK_OPTIONS);
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.severity, RESIGNED_EARLY.slice(f.start, f.end), f.entity]),
      [['timeline-conflict', 'warning', 'March 3, 2025', 'nadia-karam']],
    );
    assert.match(findings[0]!.message, /dates this to 2025-03-04 .*not 2025-03-03/);
  });

  it('the timeline conflict obeys its severity setting, "off", suppression comments and the anchor', () => {
    const ruled = (rules: object, text = RESIGNED_EARLY) =>
      draftFindings({ text, fileDay }, index, { ...DEFAULT_CHECK_OPTIONS, rules }).map((f) => [f.rule, f.severity]);
    assert.deepStrictEqual(ruled({ 'timeline-conflict': 'error' }), [['timeline-conflict', 'error']]);
    assert.deepStrictEqual(ruled({ 'timeline-conflict': 'off' }), []);
    assert.deepStrictEqual(
      ruled({}, `<!-- newsroom-lens-disable-next-line timeline-conflict -->\n${RESIGNED_EARLY}`),
      [],
    );
    assert.deepStrictEqual(ruled({}, `newsroom-lens-disable-next-line timeline-conflict\n${RESIGNED_EARLY}`), []);
    // The date that agrees with the dictionary is no conflict.
    assert.deepStrictEqual(ruled({}, 'Nadia Karam resigned on March 4, 2025.'), []);
  });

  it('compares by month and day a date whose year a yearless dateline guessed, and never the dateline’s own date', () => {
    const conflicts = (text: string) =>
      draftFindings({ text, fileDay: parseDay('2026-01-20')! }, index, DEFAULT_CHECK_OPTIONS)
        .filter((f) => f.rule === 'timeline-conflict')
        .map((f) => text.slice(f.start, f.end));
    // The dateline's "March 10" puts the draft in 2025 or 2026 by guess; the dictionary's year is not the question.
    assert.deepStrictEqual(conflicts('TARSK, March 10 — Nadia Karam resigned on March 4. Karam left.'), []);
    assert.deepStrictEqual(conflicts('TARSK, March 10 — Nadia Karam resigned on March 3. Karam left.'), ['March 3']);
    assert.deepStrictEqual(conflicts('TARSK, March 3 (AP) — Nadia Karam resigned, aides said.'), []);
  });

  it('names and dates come together, in order of position', () => {
    const text = 'Karam spoke. Nadia Karam resigned on March 3, 2025.';
    assert.deepStrictEqual(
      draftFindings({ text, fileDay }, index, DEFAULT_CHECK_OPTIONS).map((f) => [f.rule, text.slice(f.start, f.end)]),
      [
        ['first-reference', 'Karam'],
        ['timeline-conflict', 'March 3, 2025'],
      ],
    );
  });
});

describe('rules: settings, from an editor or a settings.json', () => {
  it('keeps the valid values and falls back to the defaults for the rest', () => {
    const values: Record<string, unknown> = {
      'consistency.rules': { 'timeline-conflict': 'error', 'house-style': 'loud', 'no-such-rule': 'off' },
      'consistency.houseStyle': 'ap',
      'consistency.particleCase': 'always-lower',
      'consistency.knownAcronyms': ['NATO', 3],
      'quotes.strict': true,
      'quotes.allowEllipsis': 'no',
    };
    assert.deepStrictEqual(
      checkOptionsFromSettings((key) => values[key]),
      {
        houseStyle: 'ap',
        rules: { 'timeline-conflict': 'error' },
        particleCase: 'always-lower',
        knownAcronyms: DEFAULT_CHECK_OPTIONS.knownAcronyms,
        quotes: { strict: true, allowEllipsis: true },
      },
    );
    assert.deepStrictEqual(
      checkOptionsFromSettings(() => undefined),
      { ...DEFAULT_CHECK_OPTIONS },
    );
    assert.strictEqual(checkOptionsFromSettings(() => 'toString').houseStyle, 'reuters');
  });

  it('reads .vscode/settings.json as VS Code does: comments and trailing commas, flat dotted keys', () => {
    const parsed = parseWorkspaceSettings(
      '{\n  // the desk\'s rules\n  "newsroomLens.consistency.houseStyle": "ap",\n  "editor.wordWrap": "on",\n}\n',
    );
    assert.ok('settings' in parsed);
    assert.strictEqual(parsed.settings('consistency.houseStyle'), 'ap');
    assert.strictEqual(parsed.settings('wordWrap'), undefined);
    assert.strictEqual(parsed.settings('toString'), undefined);
    const empty = parseWorkspaceSettings('');
    assert.ok('settings' in empty && empty.settings('dictionaries') === undefined);
    const comments = parseWorkspaceSettings('// nothing set yet\n');
    assert.ok('settings' in comments && comments.settings('dictionaries') === undefined);
  });

  it('refuses a broken settings file, saying where it breaks', () => {
    assert.deepStrictEqual(parseWorkspaceSettings('{\n  "newsroomLens.dictionaries": [\n}'), {
      error: 'not valid JSON with comments: ValueExpected at line 3 column 1',
    });
    assert.deepStrictEqual(parseWorkspaceSettings('["newsroomLens"]'), { error: 'settings must be a JSON object' });
  });
});
