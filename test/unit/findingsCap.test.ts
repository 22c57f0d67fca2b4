import * as assert from 'assert';
import { capFindings } from '../../src/core/consistency/cap';
import type { Finding } from '../../src/core/consistency/findings';

describe('capFindings', () => {
  const finding = (start: number, severity: Finding['severity']): Finding => ({
    rule: 'house-style',
    severity,
    message: '',
    start,
    end: start + 1,
    text: 'x',
    suggestion: null,
    entity: null,
  });
  const findings = [finding(0, 'info'), finding(10, 'warning'), finding(20, 'info'), finding(30, 'error')];

  it('keeps every finding within the cap, or with no cap', () => {
    assert.deepStrictEqual(capFindings(findings, 4), { shown: findings, leftOut: 0 });
    assert.deepStrictEqual(capFindings(findings, 0), { shown: findings, leftOut: 0 });
  });

  it('keeps the most severe, then the earliest, in order of position, and counts the rest', () => {
    const { shown, leftOut } = capFindings(findings, 3);
    assert.deepStrictEqual(
      shown.map((kept) => kept.start),
      [0, 10, 30],
    );
    assert.strictEqual(leftOut, 1);
    assert.deepStrictEqual(
      capFindings(findings, 1).shown.map((kept) => kept.severity),
      ['error'],
    );
  });
});
