import * as assert from 'assert';
import { type DictionaryFile, formatProblem, loadDictionaries } from '../../src/core/dictionary/load';
import { locateProblems } from '../../src/core/dictionary/locate';
import type { DictionaryProblem } from '../../src/core/dictionary/parse';

const file = (name: string, text: string): DictionaryFile => ({ file: name, bytes: new TextEncoder().encode(text) });

/** Each problem as "file:line:column-endLine:endColumn message", and the text it marks. */
function located(files: DictionaryFile[]): { at: string; marks: string }[] {
  const { problems, texts } = loadDictionaries(files);
  return locateProblems(problems, texts).map((problem: DictionaryProblem) => {
    const where = problem.location;
    assert.ok(where, `no location for ${formatProblem(problem)}`);
    const text = texts.get(problem.file) ?? '';
    return {
      at: `${problem.file}:${where.line}:${where.column}-${where.endLine}:${where.endColumn} ${problem.message}`,
      marks: text.slice(where.offset, where.offset + where.length),
    };
  });
}

describe('Dictionary problems: where in the file they are', () => {
  // Line by line, so that the expected lines and columns can be read off.
  const desk = [
    '{', //                                                                    1
    '  "entities": [', //                                                      2
    '    { "id": "good", "name": "Good Person", "type": "person" },', //       3
    '    { "id": "ship", "name": "Nobody", "type": "starship" },', //          4
    '    { "id": "typo", "name": "Typo", "type": "place", "alias": ["T"] },', // 5
    '    { "id": "odd", "name": "Odd", "type": "place", "aliases": ["Odd One", 42],', // 6
    '      "relations": [{ "type": "brother", "target": "nobody-known" }] },', // 7
    '    { "id": "good", "name": "Again", "type": "person" },', //             8
    '    { "id": "nameless", "type": "person" }', //                           9
    '  ],', //                                                                 10
    '  "events": [{ "date": "2024-12-08", "precision": "day", "text": "It", "entities": ["ghost"] }]', // 11
    '}', //                                                                    12
  ].join('\n');

  it('marks the value at fault, the name of an unknown property, and an entry by its id', () => {
    assert.deepStrictEqual(located([file('desk.entities.json', desk)]), [
      {
        at: 'desk.entities.json:4:47-4:57 "type" must be one of person, place, organization; got "starship"',
        marks: '"starship"',
      },
      {
        at: 'desk.entities.json:5:54-5:61 unknown property "alias" was ignored (expected one of id, name, type, aliases, roles, relations, notVariants, description, wikidata)',
        marks: '"alias"',
      },
      {
        at: 'desk.entities.json:6:75-6:77 aliases[1]: an alias must be a non-empty string or {"text": ..., "matchCase": true}; it was ignored',
        marks: '42',
      },
      { at: 'desk.entities.json:8:13-8:19 duplicate id "good"; the first entry with it is kept', marks: '"good"' },
      // A missing property: the entry, by its id.
      { at: 'desk.entities.json:9:13-9:23 "name" (the canonical name) is missing or empty', marks: '"nameless"' },
      {
        at: 'desk.entities.json:7:52-7:66 relation "brother" points to unknown entity "nobody-known"; it was ignored',
        marks: '"nobody-known"',
      },
      {
        at: 'desk.entities.json:11:84-11:93 unknown entity "ghost" in the event\'s "entities"',
        marks: '["ghost"]',
      },
    ]);
  });

  it('marks where JSON breaks, and says so in the line people read', () => {
    const broken = '{\n  "entities": [\n    { "id": "a", },\n  ]\n}';
    const { problems, texts } = loadDictionaries([file('broken.entities.json', broken)]);
    const [problem] = locateProblems(problems, texts);
    assert.deepStrictEqual(
      { line: problem!.location!.line, column: problem!.location!.column },
      { line: 3, column: 18 },
      'the "}" after the trailing comma',
    );
    assert.match(formatProblem(problem!), /^broken\.entities\.json:3:18: not valid JSON/);
  });

  it('marks the byte that is not UTF-8 without parsing the file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"entities": [\n  "caf'), 0xe9, 0x22, 0x5d, 0x7d]);
    const { problems, texts } = loadDictionaries([{ file: 'latin1.entities.json', bytes }]);
    const [problem] = locateProblems(problems, texts);
    assert.deepStrictEqual([problem!.location!.line, problem!.location!.column], [2, 7]);
  });

  it('merges an id defined in several files, and reports one given another type once for each entry left out, at its id', () => {
    const entry = (name: string, type: string) =>
      `{ "entities": [\n  { "id": "syria", "name": "${name}", "type": "${type}" }\n] }`;
    const problems = located([
      file('a.entities.json', entry('Syria', 'place')),
      file('b.entities.json', entry('Syrian Arab Republic', 'place')),
      file('c.entities.json', entry('Syria', 'organization')),
      file('d.entities.json', entry('Syria', 'person')),
    ]);
    assert.deepStrictEqual(
      problems.map(({ at }) => at),
      [
        'c.entities.json:2:11-2:18 id "syria" is a place in a.entities.json, not an organization; this entry was left out',
        'd.entities.json:2:11-2:18 id "syria" is a place in a.entities.json, not a person; this entry was left out',
      ],
    );
  });
});
