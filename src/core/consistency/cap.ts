import type { Finding, Severity } from './findings';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings a panel shows of a long draft, and how many it leaves out. */
export interface CappedFindings {
  /** In order of position. */
  readonly shown: readonly Finding[];
  readonly leftOut: number;
}

/**
 * At most `max` of `findings` (all where `max` is 0 or more than there are): the most severe
 * first and, among equals, the earliest in the draft, so that a long draft's errors are never
 * crowded out by thousands of style notes.
 */
export function capFindings(findings: readonly Finding[], max: number): CappedFindings {
  if (max <= 0 || findings.length <= max) return { shown: findings, leftOut: 0 };
  const shown = [...findings]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start)
    .slice(0, max)
    .sort((a, b) => a.start - b.start);
  return { shown, leftOut: findings.length - max };
}
