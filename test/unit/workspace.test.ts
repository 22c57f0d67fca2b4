import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { forEachChunked } from '../../src/core/workspace/chunked';
import { gitignoreMatcher } from '../../src/core/workspace/gitignore';
import { renamedForm } from '../../src/core/workspace/rename';
import { unknownNames } from '../../src/core/workspace/unknownNames';

const root = path.resolve(__dirname, '../../..');
const { index } = loadDictionaries([
  { file: 'founding', bytes: fs.readFileSync(path.join(root, 'entities/assad-fall-2024.entities.json')) },
]);

describe('renamedForm', () => {
  const bashar = index.get('bashar-al-assad')!;
  const jalali = index.get('mohammed-jalali')!;
  const cases: [string, string, string, string | undefined][] = [
    ['the full name becomes the new full name', 'Bashar al-Assad', 'Bashar al-Asad', 'Bashar al-Asad'],
    ['a surname alone stays a surname', 'Assad', 'Bashar al-Asad', 'Asad'],
    ['a surname with its article stays so', 'al-Assad', 'Bashar al-Asad', 'al-Asad'],
    ['a capital at a sentence start is kept', 'Al-Assad', 'Bashar al-Asad', 'Al-Asad'],
    ['the article-less form stays article-less', 'Bashar Assad', 'Bashar al-Asad', 'Bashar Asad'],
    ['a first name alone stays a first name', 'Bashar', 'Basher al-Assad', 'Basher'],
    ['other aliases are left alone', 'President Assad', 'Bashar al-Asad', undefined],
    ['nothing to do where the form does not change', 'Jalali', 'Mohammad Jalali', undefined],
  ];
  for (const [what, written, newName, expected] of cases) {
    it(what, () =>
      assert.strictEqual(renamedForm(written.startsWith('Jalali') ? jalali : bashar, written, newName), expected),
    );
  }
});

describe('unknownNames', () => {
  it('lists capitalised names no dictionary knows, once each with their places', () => {
    const text =
      'Bashar al-Assad met Riad Haddad in Damascus. Haddad said the Makhlouf Foundation paid. The talks ended. Officials left.';
    const found = unknownNames(text, index.mentionsIn(text));
    // "Haddad" alone starts a sentence, where a capital proves nothing; "Makhlouf Foundation" only begins with a known name.
    assert.deepStrictEqual(
      found.map((name) => [name.name, name.spans.length]),
      [
        ['Riad Haddad', 1],
        ['Makhlouf Foundation', 1],
      ],
    );
  });
  it('leaves out lone words that only a sentence start capitalises', () => {
    const text = 'Neighbours gathered. Witnesses said so.';
    assert.deepStrictEqual(unknownNames(text, []), []);
  });
});

describe('gitignoreMatcher', () => {
  const isIgnored = gitignoreMatcher('# comment\nbuild/\n/notes.txt\n*.log\n!keep.log\n\ndrafts/old\n');

  it('leaves out what the lines name, anchored or anywhere, files and folders', () => {
    for (const file of ['build/draft.md', 'desk/build/draft.md', 'notes.txt', 'desk/wire.log', 'drafts/old/story.md']) {
      assert.ok(isIgnored(file), file);
    }
    for (const file of ['desk/notes.txt', 'build.md', 'drafts/new/story.md', 'story.md'])
      assert.ok(!isIgnored(file), file);
  });

  it('keeps what a negation takes back', () => {
    assert.ok(!isIgnored('keep.log'));
    assert.ok(!isIgnored('desk/keep.log'));
    assert.ok(isIgnored('other.log'));
  });
});

describe('forEachChunked', () => {
  it('does every item, yielding between slices', async () => {
    const done: number[] = [];
    let yields = 0;
    const timer = setInterval(() => yields++, 0);
    const result = await forEachChunked(
      [...Array(40).keys()],
      (i) => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        done.push(i);
      },
      { sliceMs: 5 },
    );
    clearInterval(timer);
    assert.strictEqual(done.length, 40);
    assert.ok(result.completed);
    assert.ok(yields > 0, 'the event loop ran between slices');
  });
  it('stops when cancelled', async () => {
    let seen = 0;
    const result = await forEachChunked([1, 2, 3, 4], () => void seen++, { isCancelled: () => seen >= 2 });
    assert.deepStrictEqual([result.completed, seen], [false, 2]);
  });
});
