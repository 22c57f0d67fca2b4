/**
 * acronym-first-use: an organisation's acronym the dictionary knows, and acronyms the draft
 * itself spells out only later; with the checks loaded after activation (see
 * sourceChecks.ts), to keep the bundle every window loads small.
 */
import { quotationSpans } from '../text/quotationMarks';
import { TITLE_ABBREVIATIONS_SPELLED } from '../text/names';
import { within } from '../text/structure';
import type { EntityIndex } from '../dictionary/entityIndex';
import type { CheckOptions, RawFinding } from './findings';
import { resolved } from './references';
import type { DraftContext } from './variants';

/**
 * The words of `written` that an acronym's letters are the initials of, the last ones ("Libyan
 * Arab Armed Forces" of "General Command of the Libyan Arab Armed Forces" for LAAF), if any:
 * "Ana Velmo (PDP)" and "Apple Inc (AAPL)" spell nothing out.
 */
function spelledOutBy(written: string, acronym: string): string | undefined {
  const words = written.split(/\s+/);
  let initials = '';
  for (let from = words.length - 1; from >= 0; from--) {
    const capital = /\p{Lu}/u.exec(words[from]!)?.[0];
    if (capital === undefined) continue;
    initials = capital + initials;
    if (initials === acronym) return words.slice(from).join(' ');
    if (!acronym.endsWith(initials)) return undefined;
  }
  return undefined;
}

/**
 * "the LAAF said … the Libyan Arab Armed Forces (LAAF)": an acronym the draft itself spells
 * out later, used before that, whether or not a dictionary knows it.
 */
export function acronymsBeforeTheirDefinition(context: DraftContext, options: CheckOptions): RawFinding[] {
  const known = new Set(options.knownAcronyms);
  const findings: RawFinding[] = [];
  const { text } = context;
  const definitions: { index: number; written: string; acronym: string; bracketed: boolean }[] = [];
  for (const definition of text.matchAll(
    /(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|the|de|al|\p{Lu}[\p{L}-]*))*)\s+\((\p{Lu}{2,8})\)/gu,
  ))
    definitions.push({ index: definition.index!, written: definition[1]!, acronym: definition[2]!, bracketed: true });
  // "the CF will meet … The Coordination Framework, a coalition …": spelled out later without brackets (not a model,
  // "MD-80", nor words someone is quoted saying).
  // Each acronym is looked for from its first use outside quotations only: checks run on every pause in typing, and a
  // later use finds no run its first did not.
  const quotations = quotationSpans(text);
  const looked = new Set(definitions.map((definition) => definition.acronym));
  for (const used of text.matchAll(/(?<![\p{L}\p{N}(])(\p{Lu}{2,6})(?![\p{L}\p{N}-])/gu)) {
    const acronym = used[1]!;
    if (
      looked.has(acronym) ||
      known.has(acronym) ||
      acronym in TITLE_ABBREVIATIONS_SPELLED ||
      within(quotations, used.index!)
    )
      continue;
    looked.add(acronym);
    const run = context.runs.find(
      (words) =>
        words.length >= 2 &&
        words[0]!.start > used.index! &&
        spelledOutBy(text.slice(words[0]!.start, words[words.length - 1]!.end), acronym) !== undefined,
    );
    if (run)
      definitions.push({
        index: run[0]!.start,
        written: text.slice(run[0]!.start, run[run.length - 1]!.end),
        acronym,
        bracketed: false,
      });
  }
  for (const { index: definedAt, written, acronym, bracketed } of definitions) {
    const name = spelledOutBy(written, acronym);
    if (!name || known.has(acronym) || findings.some((finding) => finding.text === acronym)) continue;
    const first = new RegExp(`(?<![\\p{L}\\p{N}(])${acronym}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (!first || first.index >= definedAt || within(context.headlines, first.index)) continue;
    findings.push({
      rule: 'acronym-first-use',
      message: `Spell out ${acronym} on first use: this draft writes "${name}${bracketed ? ` (${acronym})` : ''}" only later.`,
      start: first.index,
      end: first.index + acronym.length,
      text: acronym,
      suggestion: `${name} (${acronym})`,
      entity: null,
    });
  }
  return findings;
}

/** acronym-first-use: an organisation's acronym is spelled out where it first appears. */
export function acronymFindings(context: DraftContext, index: EntityIndex, options: CheckOptions): RawFinding[] {
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  const known = new Set(options.knownAcronyms);
  for (const { mention, entity } of resolved(context, index)) {
    if (seen.has(entity.id) || within(context.headlines, mention.start)) continue;
    seen.add(entity.id);
    const isAcronym = entity.aliases.some(
      (alias) => alias.matchCase && alias.text === mention.text && /^[\p{Lu}\d.&]{2,8}$/u.test(alias.text),
    );
    // ("B.C.", "N.C.": a state's or a province's abbreviation with its stops is house style for the place, no acronym;
    // "People's Congress (NPC)": an acronym in brackets is where the draft spells it out, however it writes the name.)
    const placeAbbreviation = entity.type === 'place' && mention.text.includes('.');
    const bracketed = context.text[mention.start - 1] === '(' && context.text[mention.end] === ')';
    if (!isAcronym || placeAbbreviation || bracketed || known.has(mention.text) || entity.name === mention.text)
      continue;
    findings.push({
      rule: 'acronym-first-use',
      message: `Spell out ${mention.text} on first use: "${entity.name} (${mention.text})".`,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      suggestion: `${entity.name} (${mention.text})`,
      entity: entity.id,
    });
  }
  return findings;
}
