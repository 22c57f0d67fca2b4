/**
 * Bad inputs written by hand, each with the exact behaviour expected: broken dictionaries,
 * impossible dates, line ends, capitals. (The CLI's files, signals and concurrency are in
 * files.test.ts.)
 */
import * as assert from 'assert';
import { UnusableArticle, buildDictionary } from '../../../src/core/builder/build';
import { compromiseTagger } from '../../../src/core/builder/compromiseTagger';
import { renderEntityCard } from '../../../src/core/card/entityCard';
import { NotADictionary, decodeExistingDictionary, mergeIntoExisting } from '../../../src/core/builder/merge';
import { loadDictionaries } from '../../../src/core/dictionary/load';
import { decodeDictionaryBytes, parseDictionary } from '../../../src/core/dictionary/parse';
import { LineMap } from '../../../src/core/text/lines';
import { addDays, daysInMonth, weekday } from '../../../src/core/text/calendar';
import { findTemporalExpressions } from '../../../src/core/timeline/expressions';
import { indexOf } from '../helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const CAFE = '{\n  "entities": [\n    { "id": "cafe", "name": "Le café", "type": "place" }\n  ]\n}\n';

function problemsOf(json: unknown): string[] {
  return loadDictionaries([{ file: 'desk.entities.json', bytes: utf8(JSON.stringify(json)) }]).problems.map(
    (problem) => `${problem.severity}: ${[problem.entry, problem.message].filter(Boolean).join(': ')}`,
  );
}

describe('reliability: dictionary files that are not UTF-8 JSON', () => {
  it('refuses Latin-1, saying which byte and where, instead of reading "caf\\uFFFD"', () => {
    assert.deepStrictEqual(decodeDictionaryBytes(latin1(CAFE), 'cafe.entities.json'), {
      problem: {
        file: 'cafe.entities.json',
        message: 'skipped: not UTF-8 text (byte 0xe9 at line 3, column 36); save the dictionary as UTF-8',
        severity: 'error',
        // The byte itself, as the Problems panel marks it.
        location: { offset: 53, length: 1, line: 3, column: 36, endLine: 3, endColumn: 37 },
      },
    });
  });

  it('finds the invalid byte after a U+FFFD the file really contains', () => {
    const bytes = new Uint8Array([...utf8('{"a": "\ufffd",\n'), 0x80, ...utf8('}')]);
    assert.match(decodeDictionaryBytes(bytes, 'f').problem!.message, /byte 0x80 at line 2, column 1\)/);
    assert.strictEqual(decodeDictionaryBytes(utf8('{"a": "\ufffd"}'), 'f').text, '{"a": "\ufffd"}');
  });

  it('refuses UTF-16 with and without a byte order mark', () => {
    assert.match(
      decodeDictionaryBytes(utf16le(CAFE), 'f').problem!.message,
      /^skipped: binary or UTF-16 file \(a NUL byte at line 1, column 2\)/,
    );
    assert.match(
      decodeDictionaryBytes(new Uint8Array([0xff, 0xfe, ...utf16le(CAFE)]), 'f').problem!.message,
      /^skipped: binary or UTF-16 file \(a NUL byte at line 1, column 4\)/,
    );
  });

  it('refuses a truncated file and says where it ends', () => {
    const truncated = CAFE.slice(0, 40);
    assert.deepStrictEqual(
      parseDictionary(truncated, 'f').problems.map((problem) => problem.message),
      ['not valid JSON: Unterminated string at line 3, column 23'],
    );
  });
});

describe('reliability: a rebuild never merges into what it could not read', () => {
  const built = {
    $schema: 'x',
    source: { title: 't', date: '2024-12-08' },
    entities: [{ id: 'new', name: 'New Entity', type: 'person' as const, aliases: [], roles: [], relations: [] }],
    events: [],
    builtEntities: ['new'],
    builtFacts: [],
  };
  const refusal = (make: () => unknown) => {
    try {
      make();
    } catch (error) {
      assert.ok(error instanceof NotADictionary, String(error));
      return error.message;
    }
    return assert.fail('merged');
  };

  it('says which file, what and where, and that nothing was written', () => {
    assert.strictEqual(
      refusal(() => decodeExistingDictionary(latin1(CAFE), 'cafe.entities.json')),
      'cafe.entities.json: not UTF-8 text (byte 0xe9 at line 3, column 36); save the dictionary as UTF-8; nothing was written (fix it or move it away before rebuilding)',
    );
    assert.strictEqual(
      refusal(() => mergeIntoExisting('{"name": "newsroom-lens", "version": "0.1.0"}', built, 'package.json')),
      'package.json: missing "entities": an array of people, places and organisations; nothing was written (fix it or move it away before rebuilding)',
    );
    // jsonc-parser would read these tolerantly; the merge refuses them.
    assert.match(
      refusal(() => mergeIntoExisting('{"entities": [{"id": "a" "name": "A", "type": "place"}]}', built, 'f')),
      /^f: not valid JSON: .* at line 1, column 26;/,
    );
    assert.match(
      refusal(() => mergeIntoExisting('{"entities": [] // mine\n}', built, 'f')),
      /^f: not valid JSON: .* at line 1, column 17;/,
    );
    assert.match(
      refusal(() => mergeIntoExisting('', built, 'f')),
      /^f: not valid JSON/,
    );
    assert.match(
      refusal(() => mergeIntoExisting('[]', built, 'f')),
      /^f: a dictionary must be a JSON object/,
    );
  });

  it('merges into a sound dictionary', () => {
    const { text } = mergeIntoExisting(decodeExistingDictionary(utf8(`\ufeff${CAFE}`), 'f'), built, 'f');
    assert.deepStrictEqual(
      parseDictionary(text, 'f').dictionary!.entities.map((entity) => entity.id),
      ['cafe', 'new'],
    );
  });
});

describe('reliability: impossible dates', () => {
  it('are errors in the loader, which keeps real ones (leap days, years before 100)', () => {
    const event = (date: string) => ({ date, precision: 'day', text: 'Something happened.' });
    const dates = [
      '2023-02-29',
      '2024-02-30',
      '2024-13',
      '2024-00-10',
      '2024-04-31',
      '2024-12-32',
      '2024-12-07T24:00',
      '2024-12-07T22:60',
    ];
    assert.deepStrictEqual(
      problemsOf({ entities: [], events: dates.map(event) }),
      dates.map(
        (date, index) =>
          `error: events[${index}]: "date" must be a real ISO date or prefix such as 2024-12-08 or 2024-12-07T22:30; got "${date}"`,
      ),
    );
    assert.deepStrictEqual(
      problemsOf({
        source: { title: 't', date: '2024-02-29' },
        entities: [],
        events: ['2024-02-29', '0050-02-28', '2000-02-29T23:59', '1900-02'].map(event),
      }),
      [],
    );
    assert.deepStrictEqual(problemsOf({ entities: [], events: [{ ...event('2024-12-07'), end: '2024-11-31' }] }), [
      'warning: events[0]: "end" must be a real ISO date; got "2024-11-31"; it was ignored',
    ]);
  });

  it('are never produced by the resolver: the words are not read as a date', () => {
    const anchor = { year: 2024, month: 3, day: 10 };
    const dates = (text: string) =>
      findTemporalExpressions(text, anchor).map((expression) => expression.resolution?.date ?? expression.kind);
    assert.deepStrictEqual(dates('It happened on February 30.'), []);
    assert.deepStrictEqual(dates('It happened on March 32 and 2024-13-01.'), []);
    assert.deepStrictEqual(dates('Talks ran February 27-30, 2023.'), []);
    assert.deepStrictEqual(dates('It happened on February 29, 2023.'), []);
    assert.deepStrictEqual(dates('It happened on February 29, 2024, and on 31 April.'), ['2024-02-29']);
    assert.deepStrictEqual(findTemporalExpressions('It was founded 2030 years ago.', anchor), []);
  });

  it('keeps years 1 to 99 as written, with their own leap years and weekdays', () => {
    const anchor = { year: 50, month: 3, day: 1 };
    assert.deepStrictEqual(findTemporalExpressions('It rained yesterday.', anchor)[0]!.resolution, {
      date: '0050-02-28',
      precision: 'day',
    });
    assert.deepStrictEqual(
      addDays({ year: 4, month: 2, day: 28 }, 1),
      { year: 4, month: 2, day: 29 },
      'year 4 is a leap year; 1904 too, but 1900 is not',
    );
    assert.strictEqual(daysInMonth(0, 2), 29);
    assert.strictEqual(daysInMonth(1900, 2), 28);
    // 1 January of year 1 (proleptic Gregorian) was a Monday; 1901's was a Tuesday.
    assert.strictEqual(weekday({ year: 1, month: 1, day: 1 }), 1);
  });
});

describe('reliability: short aliases', () => {
  it('refuses one- and two-letter aliases without matchCase, naming the file and entry', () => {
    const result = loadDictionaries([
      {
        file: 'desk.entities.json',
        bytes: utf8(
          JSON.stringify({
            entities: [
              {
                id: 'un',
                name: 'United Nations',
                type: 'organization',
                aliases: ['UN', 'I', { text: 'a' }, { text: 'UN', matchCase: true }, 'U.N.'],
              },
            ],
          }),
        ),
      },
    ]);
    assert.deepStrictEqual(
      result.problems.map((problem) => `${problem.file}: ${problem.entry}: ${problem.message}`),
      [
        'desk.entities.json: entities[0] "un": aliases[0]: "UN" is too short to match in any case; write it as {"text": "UN", "matchCase": true}; it was ignored',
        'desk.entities.json: entities[0] "un": aliases[1]: "I" is too short to match in any case; write it as {"text": "I", "matchCase": true}; it was ignored',
        'desk.entities.json: entities[0] "un": aliases[2]: "a" is too short to match in any case; write it as {"text": "a", "matchCase": true}; it was ignored',
      ],
    );
    assert.deepStrictEqual(
      result.index.mentionsIn('I saw a UN car; the un-named U.N. man').map((mention) => mention.text),
      ['UN', 'U.N.'],
    );
  });

  it('matches a name of one or two letters only as written', () => {
    const index = indexOf({
      entities: [
        { id: 'x', name: 'X', type: 'organization' },
        { id: 'us', name: 'US', type: 'place' },
      ],
    });
    assert.deepStrictEqual(
      index.mentionsIn('Us? x marks the spot, X posted, the US said.').map((mention) => mention.text),
      ['X', 'US'],
    );
  });

  it("gives the builder's short aliases matchCase, so that the loader takes its output without a warning", function () {
    this.timeout(20_000);
    const article =
      'BEIJING (Reuters) - Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday. Xi said the two countries would work together on trade.';
    const { dictionary } = buildDictionary(article, {
      tagger: compromiseTagger,
      fallbackDate: { year: 2025, month: 5, day: 12 },
    });
    const xi = dictionary.entities.find((entity) => entity.name === 'Xi Jinping')!;
    assert.deepStrictEqual(
      xi.aliases.find((alias) => typeof alias !== 'string' && alias.text === 'Xi'),
      { text: 'Xi', matchCase: true },
    );
    assert.ok(!xi.aliases.includes('Xi'));
    assert.deepStrictEqual(loadDictionaries([{ file: 'f', bytes: utf8(JSON.stringify(dictionary)) }]).problems, []);
  });
});

describe('reliability: line ends', () => {
  it('counts LF, CRLF and a lone CR as one line end each', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['one', 'two', 'three'].join(end);
      assert.deepStrictEqual(
        new LineMap(text).position(text.indexOf('three') + 2),
        { line: 3, column: 3 },
        JSON.stringify(end),
      );
    }
    assert.deepStrictEqual(new LineMap('a\r\rb\n\r\nc').position(7), { line: 5, column: 1 });
  });
});

describe('reliability: an article in capitals', () => {
  it('is refused instead of yielding whole sentences as entities', () => {
    const article =
      'SYRIAN REBELS TOOK DAMASCUS ON SUNDAY. PRESIDENT BASHAR AL-ASSAD FLED TO MOSCOW, RUSSIAN AGENCIES SAID. THE REBELS SAID THEY WOULD FORM A GOVERNMENT.';
    assert.throws(
      () =>
        buildDictionary(article, {
          tagger: () => [],
          fallbackDate: { year: 2024, month: 12, day: 8 },
          fallbackTitle: 'caps.txt',
        }),
      (error: unknown) =>
        error instanceof UnusableArticle &&
        error.message ===
          'the text is written in capitals, so names cannot be told from other words; convert it to ordinary case first',
    );
  });
});

describe('reliability: cards never link what data says', () => {
  // GitHub-flavoured Markdown (VS Code's hovers) links a bare "https://…", "www.…" and e-mail
  // address found in the source text, and an autolink takes the escapes inside it with it.
  const AUTOLINKS = [/[a-z]+:\/\//i, /www\./i, /[\w.+-]@[\w-]/];

  it('escapes bare URLs and addresses in names, roles, sources and descriptions', () => {
    const url = 'https://evil.example/\\_x*y*';
    const index = indexOf({
      source: { title: 'www.evil.example', date: '2024-12-08' },
      entities: [
        {
          id: 'evil',
          name: `Evil ${url}`,
          type: 'organization',
          description: 'write to tips@evil.example',
          roles: [{ title: `owner of ${url}`, source: `See ${url} and www.evil.example.` }],
        },
      ],
    });
    const card = renderEntityCard(index, 'evil', 1, (id) => `command:show?${id}`);
    for (const pattern of AUTOLINKS) assert.doesNotMatch(card, pattern);
    assert.ok(card.includes('https\\://evil\\.example/\\\\\\_x\\*y\\*'), card);
  });
});
