import type { EntityIndex } from '../../src/core/dictionary/entityIndex';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { checkDraft } from '../../src/core/consistency/check';
import { DEFAULT_CHECK_OPTIONS } from '../../src/core/consistency/findings';

/** Builds an index from dictionaries written inline as objects, failing on any problem. */
export function indexOf(...dictionaries: object[]): EntityIndex {
  const { index, problems } = loadDictionaries(
    dictionaries.map((dictionary, i) => ({
      file: `inline-${i}.entities.json`,
      bytes: new TextEncoder().encode(JSON.stringify(dictionary)),
    })),
  );
  if (problems.length > 0) throw new Error(`unexpected problems: ${JSON.stringify(problems)}`);
  return index;
}

/** A person with the given aliases, for matcher tests. */
export function person(
  id: string,
  name: string,
  aliases: (string | { text: string; matchCase: boolean })[] = [],
): object {
  return { id, name, type: 'person', aliases };
}

/** The mentions of `text` as [as written, entity ids joined by "|"]. */
export function mentionsIn(index: EntityIndex, text: string): [string, string][] {
  return index.matcher.findMentions(text).map((mention) => [mention.text, mention.entityIds.join('|')]);
}

/** The findings of one rule on a draft, as [text, suggestion], with the default options. */
export function findingsOf(index: EntityIndex, text: string, rule: string): [string, string | null][] {
  return checkDraft(text, index, DEFAULT_CHECK_OPTIONS)
    .filter((finding) => finding.rule === rule)
    .map((finding) => [finding.text, finding.suggestion]);
}
