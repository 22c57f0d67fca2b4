import { applyRuleSettings, checkDraft } from '../consistency/check';
import type { CheckOptions, Finding } from '../consistency/findings';
import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import type { Day } from '../text/calendar';
import type { TimelineConflict } from '../timeline/conflicts';
import { timelineOf } from './timelines';

/**
 * The `timeline-conflict` findings of a draft: each date that contradicts a dictionary, on
 * exactly its words, under the same settings, suppressions and quotation rule as every
 * other finding.
 */
export function conflictFindings(
  text: string,
  conflicts: readonly TimelineConflict[],
  options: CheckOptions,
): Finding[] {
  return applyRuleSettings(
    text,
    conflicts.map(({ event, reference, message }) => ({
      rule: 'timeline-conflict',
      message,
      start: event.expression.start,
      end: event.expression.end,
      text: event.expression.text,
      suggestion: null,
      entity: reference.entities.find((id) => event.entities.includes(id)) ?? null,
    })),
    options,
  );
}

/** A draft as a check reads it: its text, and the days its timeline is anchored on. */
export interface DraftToCheck {
  readonly text: string;
  /** The day its file was last changed: the timeline's anchor of last resort. */
  readonly fileDay: Day;
  /** The day the writer says the story is told from, if any. */
  readonly anchor?: Day;
}

/**
 * Every finding of every rule in a draft, in order of position: the name checks and the
 * timeline's conflicts with the dictionaries. The editor runs the same two parts as the
 * draft changes (names as typed, the timeline once its file's date is known); the CLI runs
 * them here together.
 */
export function draftFindings(
  draft: DraftToCheck,
  index: EntityIndex,
  options: CheckOptions,
  mentions: readonly Mention[] = index.mentionsIn(draft.text),
): Finding[] {
  const { conflicts } = timelineOf(draft.text, index, draft.fileDay, draft.anchor, mentions);
  return [
    ...checkDraft(draft.text, index, options, mentions),
    ...conflictFindings(draft.text, conflicts, options),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}
