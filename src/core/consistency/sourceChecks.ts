/**
 * The checks of a draft against what its sources say (quotations, figures, titles, surnames,
 * the case of names' particles), and of its acronyms spelled out only later. The extension
 * loads them in a bundle of their own after activation, before its first dictionary load, so
 * that the bundle every window loads stays small; the CLI, the scripts and the tests give them at once
 * (src/core/consistency/sourceCheckLibrary.ts).
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import type { CheckOptions, RawFinding } from './findings';
import type { DraftContext } from './variants';

export interface SourceChecks {
  /** `misquote`, `misattributed-quote` and `unsourced-quote`. */
  readonly quoteFindings: (
    text: string,
    index: EntityIndex,
    options: CheckOptions,
    mentions: readonly Mention[],
  ) => RawFinding[];
  /** `figure-conflict`. */
  readonly figureConflictFindings: (context: DraftContext, index: EntityIndex) => RawFinding[];
  /** `title-conflict`: titles against the roles the sources give. */
  readonly titleConflictFindings: (context: DraftContext, index: EntityIndex) => RawFinding[];
  /** `first-reference`: a full name with another given name than the only person of that surname the sources name. */
  readonly otherGivenNameFindings: (context: DraftContext, index: EntityIndex) => RawFinding[];
  /** `house-style`: the second of two surnames the sources give, alone. */
  readonly compoundSurnameFindings: (context: DraftContext, index: EntityIndex) => RawFinding[];
  /** `particle-case`: "al-", "von", "de" in the case the sentence and the dictionary give them. */
  readonly particleCaseFindings: (context: DraftContext, index: EntityIndex, options: CheckOptions) => RawFinding[];
  /** `acronym-first-use` for an organisation's acronym the dictionary knows. */
  readonly acronymFindings: (context: DraftContext, index: EntityIndex, options: CheckOptions) => RawFinding[];
  /** `acronym-first-use` for an acronym the draft spells out only later, with or without brackets. */
  readonly acronymsBeforeTheirDefinition: (context: DraftContext, options: CheckOptions) => RawFinding[];
}

let given: SourceChecks | undefined;

/** Gives the core its checks against the sources. */
export function useSourceChecks(checks: SourceChecks): void {
  given = checks;
}

/** The checks against the sources, or undefined until they are given (then a draft gets none of their findings). */
export function sourceChecks(): SourceChecks | undefined {
  return given;
}
