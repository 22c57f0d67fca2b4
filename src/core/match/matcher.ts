import { Alias } from '../dictionary/schema';
import { foldName, foldText, hasCapital, isWordCharAt } from '../text/fold';
import { PatternAutomaton } from './automaton';

/** One name an entity is known by, as the matcher takes it. */
export interface NameEntry {
  readonly entityId: string;
  readonly alias: Alias;
}

/** A place in a text where a known name stands. Offsets are UTF-16, end exclusive. */
export interface Mention {
  readonly start: number;
  /** Just past the name; a possessive "'s" is not part of the mention. */
  readonly end: number;
  /** The name as written in the text. */
  readonly text: string;
  /**
   * The entities the name can stand for. One: the mention is resolved. More: the name is
   * shared (a first name two people bear) and the matcher will not guess.
   */
  readonly entityIds: readonly string[];
  /** Followed by a possessive ending ("Assad's", "Assad’s", "Reuters'"). */
  readonly possessive: boolean;
}

/** All entries that fold to the same pattern. */
interface PatternGroup {
  readonly entries: readonly NameEntry[];
  /** The case-kept folded form of each entry's alias, for entries that must match as written. */
  readonly exactForms: readonly (string | undefined)[];
}

/**
 * Finds mentions of known names in one pass over a folded copy of the text. Whole words
 * only; where names overlap, the leftmost, then the longest, wins ("Bashar al-Assad" is one
 * mention, not "Bashar" and "al-Assad").
 */
export class EntityMatcher {
  private readonly automaton: PatternAutomaton;
  private readonly groups: PatternGroup[];

  constructor(entries: readonly NameEntry[]) {
    const byPattern = new Map<string, NameEntry[]>();
    for (const entry of entries) {
      const pattern = foldName(entry.alias.text);
      if (pattern === '') continue;
      const group = byPattern.get(pattern);
      if (group) {
        if (!group.some((known) => known.entityId === entry.entityId && known.alias.matchCase === entry.alias.matchCase && known.alias.text === entry.alias.text)) {
          group.push(entry);
        }
      } else byPattern.set(pattern, [entry]);
    }
    this.groups = [...byPattern.values()].map((group) => ({
      entries: group,
      exactForms: group.map((entry) => (entry.alias.matchCase ? foldName(entry.alias.text, { keepCase: true }) : undefined)),
    }));
    this.automaton = new PatternAutomaton([...byPattern.keys()]);
  }

  /** Every mention in `text`, in order of position. */
  findMentions(text: string): Mention[] {
    const folded = foldText(text, { scratch: true }); // used only within this call
    const foldedText = folded.text;
    const candidates: { start: number; end: number; entityIds: string[] }[] = [];
    this.automaton.scan(
      foldedText,
      (patternId, foldedEnd) => {
        const foldedStart = foldedEnd - this.automaton.patternLength(patternId);
        if (isWordCharAt(foldedText, foldedStart - 1)) return;
        const start = folded.sourceStart[foldedStart]!;
        const end = folded.sourceEnd[foldedEnd - 1]!;
        const entityIds = this.entitiesWrittenLike(this.groups[patternId]!, text.slice(start, end));
        if (entityIds.length > 0) candidates.push({ start, end, entityIds });
      },
      (foldedEnd) => !isWordCharAt(foldedText, foldedEnd),
    );
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let taken = 0;
    for (const candidate of candidates) {
      if (candidate.start < taken) continue;
      taken = candidate.end;
      mentions.push({
        start: candidate.start,
        end: candidate.end,
        text: text.slice(candidate.start, candidate.end),
        entityIds: candidate.entityIds,
        possessive: isPossessiveAfter(text, candidate.end),
      });
    }
    return mentions;
  }

  /**
   * The entities whose alias allows this way of writing the name: an alias marked
   * matchCase must match letter for letter; any other alias matches in any case as long as
   * the text has a capital ("Turkey" the country, not "turkey" the bird).
   */
  private entitiesWrittenLike(group: PatternGroup, written: string): string[] {
    const ids: string[] = [];
    let writtenExact: string | undefined;
    group.entries.forEach((entry, index) => {
      const exact = group.exactForms[index];
      let allowed: boolean;
      if (exact !== undefined) {
        writtenExact ??= foldName(written, { keepCase: true });
        allowed = writtenExact === exact;
      } else {
        allowed = hasCapital(written) || !hasCapital(entry.alias.text);
      }
      if (allowed && !ids.includes(entry.entityId)) ids.push(entry.entityId);
    });
    return ids;
  }
}

const POSSESSIVE_AFTER = /^['’ʼ]s?(?![\p{L}\p{N}])/u;

function isPossessiveAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 3);
  const match = POSSESSIVE_AFTER.exec(after);
  if (!match) return false;
  // A bare apostrophe is possessive only after a final s ("Reuters'"); otherwise it closes a quote.
  return match[0].length === 2 || /s$/i.test(text.slice(Math.max(0, end - 1), end));
}
