import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import { quotationSpans } from '../text/quotationMarks';
import { headlineSpans, readSuppressions, within } from '../text/structure';
import { capitalisedRuns } from '../text/names';
import {
  type CheckOptions,
  DEFAULT_RULE_SEVERITIES,
  type Finding,
  QUOTATION_RULES,
  type RawFinding,
  type RuleId,
  type RuleSetting,
  type Severity,
} from './findings';
import { firstReferenceFindings, houseStyleFindings } from './references';
import { sourceChecks } from './sourceChecks';
import { type DraftContext, inconsistentNameFindings, nameVariantFindings, otherScriptFindings } from './variants';

/**
 * Checks how a draft writes names: variants of known entities, names written two ways,
 * first references, house style, the "al-" particle, titles and acronyms. Text in direct
 * quotations is reported at most as information and never given a fix; suppression
 * comments and the writer's ignore list are honoured. Findings come in order of position.
 */
export function checkDraft(
  text: string,
  index: EntityIndex,
  options: CheckOptions,
  mentions?: readonly Mention[],
): Finding[] {
  const context: DraftContext = {
    text,
    mentions: mentions ?? index.mentionsIn(text),
    headlines: headlineSpans(text),
    runs: capitalisedRuns(text),
  };
  const variants =
    severityOf(options, 'name-variant') === 'off' && severityOf(options, 'inconsistent-name') === 'off'
      ? []
      : nameVariantFindings(context, index.variants, index);
  const otherScripts = otherScriptFindings(context, index);
  const againstSources = sourceChecks();
  // In order of priority: where two rules flag the same words, the first one's finding stands.
  const raw: RawFinding[] = [
    // First: a misquotation covers the whole quotation, and its fix brings back the source's spelling of names in it too.
    ...(againstSources?.quoteFindings(text, index, options, context.mentions) ?? []),
    ...variants,
    ...otherScripts,
    ...inconsistentNameFindings(context, variants),
    ...firstReferenceFindings(context, index, options, [...variants, ...otherScripts]),
    ...houseStyleFindings(context, index, options),
    ...(againstSources?.compoundSurnameFindings(context, index) ?? []),
    ...(againstSources?.otherGivenNameFindings(context, index) ?? []),
    ...(againstSources?.acronymFindings(context, index, options) ?? []),
    ...(againstSources?.acronymsBeforeTheirDefinition(context, options) ?? []),
    ...(againstSources?.titleConflictFindings(context, index) ?? []),
    ...(againstSources?.particleCaseFindings(context, index, options) ?? []),
    ...(againstSources?.figureConflictFindings(context, index) ?? []),
  ];
  return applyRuleSettings(text, raw, options);
}

/**
 * What stands of raw findings once settings, the draft's suppression comments and the
 * writer's ignore list have had their say: each rule's severity (or none, when off), text in
 * direct quotations reported at most as information and never given a fix, and where two
 * findings cover the same words, only the first. Every kind of finding goes through here.
 */
export function applyRuleSettings(text: string, raw: readonly RawFinding[], options: CheckOptions): Finding[] {
  const quotations = quotationSpans(text);
  const suppressions = readSuppressions(text);
  const ignored = options.ignored ?? [];
  const kept: Finding[] = [];
  const taken = new Uint8Array(text.length);
  for (const finding of raw) {
    const setting = severityOf(options, finding.rule);
    if (setting === 'off' || suppressions.isSuppressed(finding.rule, finding.start)) continue;
    if (ignored.some((entry) => entry.rule === finding.rule && entry.text === finding.text)) continue;
    if (taken.subarray(finding.start, finding.end).some((flag) => flag === 1)) continue;
    taken.fill(1, finding.start, finding.end);
    const { certainty, ...found } = finding;
    kept.push(
      within(quotations, finding.start) && !QUOTATION_RULES.has(finding.rule)
        ? {
            ...found,
            severity: 'info',
            suggestion: null,
            message: `${finding.message} It stands in a quotation, so it is left as said.`,
          }
        : { ...found, severity: certainty === 'likely' ? lowered(setting) : setting },
    );
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One step less severe: where a finding is likely rather than certain. */
function lowered(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info';
}

function severityOf(options: CheckOptions, rule: RuleId): RuleSetting {
  return options.rules[rule] ?? DEFAULT_RULE_SEVERITIES[rule];
}
