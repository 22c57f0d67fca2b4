import * as assert from 'assert';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS, type Finding } from '../../src/core/consistency/findings';
import { mentionsInSlices } from '../../src/core/workspace/incremental';
import { arabicNamePattern, latinForArabicPattern, otherScriptOf, romaniseCyrillic } from '../../src/core/text/scripts';
import { indexOf } from './helpers';

const index = indexOf({
  entities: [
    { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov'] },
    { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', aliases: ['Bashar Assad', 'Assad'] },
    { id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', type: 'person', aliases: ['ash-Sharaa', 'Sharaa'] },
    { id: 'mahmoud-abbas', name: 'Mahmoud Abbas', type: 'person', aliases: ['Abbas'] },
    { id: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', aliases: ['Lavrov'] },
  ],
});

function otherScript(text: string): [string, string | null, string | null][] {
  return checkDraft(text, index, DEFAULT_CHECK_OPTIONS)
    .filter((finding: Finding) => finding.rule === 'other-script')
    .map((finding) => [finding.text, finding.suggestion, finding.entity]);
}

function mentioned(text: string): [string, string][] {
  return index.mentionsIn(text).map((mention) => [mention.text, mention.entityIds.join('|')]);
}

describe('names in other scripts', () => {
  it('reads Russian and Ukrainian Cyrillic as the dictionary names, with the house spelling as the fix', () => {
    assert.deepStrictEqual(otherScript('Как сказал Песков, нет. Пєсков заявив. Дмитрий Песков ответил.'), [
      ['Песков', 'Peskov', 'dmitry-peskov'],
      ['Пєсков', 'Peskov', 'dmitry-peskov'],
      ['Дмитрий Песков', 'Dmitry Peskov', 'dmitry-peskov'],
    ]);
    const [finding] = checkDraft('He quoted Песков at length.', index, DEFAULT_CHECK_OPTIONS);
    assert.strictEqual(
      finding?.message,
      '"Песков" is the Cyrillic spelling of Dmitry Peskov; the dictionary spells it "Peskov".',
    );
    assert.strictEqual(finding?.severity, 'warning');
  });

  it('reads an Arabic name without its short vowels, article and sun-letter assimilation included', () => {
    assert.deepStrictEqual(otherScript('قال بشار الأسد. وقال أحمد الشرع.'), [
      ['بشار الأسد', 'Bashar al-Assad', 'bashar-al-assad'],
      ['أحمد الشرع', 'Ahmed al-Sharaa', 'ahmed-al-sharaa'],
    ]);
    // Vowel signs and the shadda that a reader may add change nothing.
    assert.deepStrictEqual(otherScript('بَشّار الأَسَد'), [['بَشّار الأَسَد', 'Bashar al-Assad', 'bashar-al-assad']]);
  });

  it('tells names apart by their long vowels: محمود is Mahmoud, محمد is not', () => {
    assert.ok(arabicNamePattern('محمود عباس')!.test(latinForArabicPattern('mahmoud abbas')));
    assert.ok(!arabicNamePattern('محمد عباس')!.test(latinForArabicPattern('mahmoud abbas')));
    assert.ok(arabicNamePattern('الشرع')!.test(latinForArabicPattern('ash-sharaa')));
    assert.ok(!otherScript('محمد عباس').some(([, suggestion]) => suggestion === 'Mahmoud Abbas'));
  });

  it('highlights other-script names as the entities they name, in slices as in one pass', async () => {
    const text = `${'Filler words here. '.repeat(40)}\nЛавров и Песков.\n${'More words. '.repeat(40)}بشار الأسد`;
    const whole = mentioned(text);
    assert.deepStrictEqual(whole, [
      ['Лавров', 'sergei-lavrov'],
      ['Песков', 'dmitry-peskov'],
      ['بشار الأسد', 'bashar-al-assad'],
    ]);
    const sliced = await mentionsInSlices(index, text, { regionChars: 64 });
    assert.deepStrictEqual(
      sliced!.map((mention) => [mention.text, mention.entityIds.join('|')]),
      whole,
    );
  });

  it('leaves unrelated words and names alone', () => {
    assert.deepStrictEqual(otherScript('Путин сказал, что Москва ответит. Пескова нет. قال الرئيس في دمشق'), []);
    assert.deepStrictEqual(otherScript('песков'), [], 'a Cyrillic name is capitalised');
    // A short Arabic word fits too many names to be taken alone.
    assert.deepStrictEqual(otherScript('الأسد'), []);
  });

  it('takes no word that mixes scripts, and survives direction marks, joiners and combining marks', () => {
    assert.strictEqual(otherScriptOf('Пеsков'), undefined);
    assert.strictEqual(otherScriptOf('بشارX'), undefined);
    assert.deepStrictEqual(otherScript('Пеsков и Peскoв. بشارX الأسد'), []);
    // A right-to-left mark and a zero-width non-joiner inside a name change no letter.
    assert.deepStrictEqual(otherScript('\u200Fبشار\u200C الأسد\u200F'), [
      ['\u200Fبشار\u200C الأسد\u200F', 'Bashar al-Assad', 'bashar-al-assad'],
    ]);
    // A stress accent (a combining mark) on a Cyrillic name.
    assert.deepStrictEqual(otherScript('Пе\u0301сков'), [['Пе\u0301сков', 'Peskov', 'dmitry-peskov']]);
    for (const text of ['\u200D', '\u0301', 'ـــ', '\u202Eابc', 'П\u200Dе', 'ال', ''])
      assert.doesNotThrow(() => checkDraft(text, index, DEFAULT_CHECK_OPTIONS));
  });

  it('romanises Cyrillic with the library, Ukrainian letters included', () => {
    assert.strictEqual(romaniseCyrillic('Песков'), 'Peskov');
    assert.match(romaniseCyrillic('Пєсков')!, /^P[iy]?eskov$/);
  });

  it('reads the French "Bachar el-Assad" as a variant of Bashar al-Assad', () => {
    const variant = checkDraft('Bachar el-Assad a fui.', index, DEFAULT_CHECK_OPTIONS).find(
      (finding) => finding.rule === 'name-variant',
    );
    assert.strictEqual(variant?.text, 'Bachar el-Assad');
    assert.strictEqual(variant?.suggestion, 'Bashar al-Assad');
  });
});
