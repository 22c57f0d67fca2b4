import * as assert from 'assert';
import { buildDictionary } from '../../src/core/builder/build';
import { compromiseTagger } from '../../src/core/builder/compromiseTagger';
import { parseDay } from '../../src/core/text/calendar';

describe('the sentences a dictionary quotes as the source of its facts', function () {
  this.timeout(20000);
  const article =
    'Storm floods Harwick port\n\n' +
    'HARWICK, March 4 (AFP) - Mayor Ellen Voss said on Monday the storm sank 14 boats.\n\n' +
    '"We lost everything," said Voss.';
  const { dictionary } = buildDictionary(article, { tagger: compromiseTagger, fallbackDate: parseDay('2026-06-01')! });
  const story = 'Mayor Ellen Voss said on Monday the storm sank 14 boats.';

  it('quotes a story’s first sentence without its dateline or the blank its agency left', () => {
    const voss = dictionary.entities.find((entity) => entity.name === 'Ellen Voss');
    assert.ok(voss, JSON.stringify(dictionary.entities.map((entity) => entity.name)));
    assert.deepStrictEqual(
      voss.roles.map((role) => role.source),
      [story],
    );
    assert.deepStrictEqual(
      (dictionary.figures ?? []).filter((figure) => figure.value === 14).map((figure) => figure.source),
      [story],
    );
    assert.ok(
      (dictionary.quotations ?? []).every((quotation) => !/HARWICK|\s{2}/.test(quotation.source)),
      JSON.stringify(dictionary.quotations),
    );
  });

  it('dates what the sentence says happened, not the day the dateline filed it', () => {
    // March 4, 2026 is a Wednesday: "on Monday" is March 2.
    assert.deepStrictEqual(
      dictionary.events.map((event) => [event.date, event.source]),
      [['2026-03-02', story]],
    );
  });
});
