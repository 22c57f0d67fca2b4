import * as assert from 'assert';
import { readPlanted, summarise } from '../../scripts/consistencyEval';

describe('name checker quality on our evaluation drafts (as npm run eval measures it)', () => {
  const summary = summarise();

  it('has at least 60 planted errors over at least 5 drafts, and clean text on other subjects', () => {
    assert.ok(summary.planted >= 60, `${summary.planted} planted`);
    assert.ok(summary.plantedDrafts.length >= 5);
    assert.ok(summary.cleanWords >= 2000, `${summary.cleanWords} clean words`);
  });

  it('catches at least 95% of planted errors', () => {
    const missed = summary.plantedDrafts.flatMap((draft) =>
      draft.missed.map((error) => `${draft.file}: ${error.written} → ${error.fix}`),
    );
    assert.ok(summary.recall >= 0.95, `recall ${summary.recall}; missed:\n${missed.join('\n')}`);
  });

  it('makes at most one false finding per 2,000 words of clean text', () => {
    const found = summary.cleanDrafts.flatMap((draft) =>
      draft.unplanted.map((finding) => `${draft.file}: ${finding.rule} "${finding.text}"`),
    );
    assert.ok(summary.falsePer2000 <= 1, `${summary.falsePer2000} per 2,000 words:\n${found.join('\n')}`);
  });

  it('reads planting marks into clean text with exact offsets', () => {
    const { text, planted } = readPlanted('A [[Asad|Assad]] and [[Peskow|Peskov]].');
    assert.strictEqual(text, 'A Asad and Peskow.');
    assert.deepStrictEqual(planted, [
      { start: 2, end: 6, written: 'Asad', fix: 'Assad' },
      { start: 11, end: 17, written: 'Peskow', fix: 'Peskov' },
    ]);
  });
});
