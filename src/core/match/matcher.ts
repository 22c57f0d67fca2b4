import {
  ASCII_FOLDED,
  ASCII_WORD,
  FoldingReader,
  foldCharAt,
  foldName,
  hasCapital,
  isAsciiSpace,
  isWordCode,
  plainAsciiUnitAt,
} from '../text/fold';
import { type NameTrie, NameTrieBuilder } from './trie';

/** A spelling to find: a dictionary's alias satisfies it. */
export interface MatchName {
  readonly text: string;
  /** Match only as written, not folded. */
  readonly matchCase: boolean;
}

/** One name an entity is known by, as the matcher takes it. */
export interface NameEntry {
  readonly entityId: string;
  readonly alias: MatchName;
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

/**
 * A stretch of a text to find mentions in: those that start in [start, end) and not before
 * `after` (where an earlier stretch's last mention ended). A name may run past `end`, and
 * the text around the stretch decides word bounds, so annotating a text stretch by stretch
 * gives what annotating it whole gives. `start` must be 0 or follow ASCII white space, and
 * `end` must be the text's end or stand at ASCII white space.
 */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
  readonly after?: number;
}

/** Whether a region may start or end at `offset`: where no word, name or folded character is cut. */
export function isRegionBound(text: string, offset: number): boolean {
  if (offset === 0 || offset === text.length) return true;
  return isAsciiSpace(text.charCodeAt(offset - 1)) || isAsciiSpace(text.charCodeAt(offset));
}

/** One pass of the matcher over a text: what it has found so far. */
interface Scan {
  readonly text: string;
  readonly mentions: Mention[];
  /** Where the last mention ends: no other starts before it. */
  taken: number;
  /** Reads ahead from a possible start. */
  readonly walker: FoldingReader;
}

/** All entries that fold to the same pattern. */
interface PatternGroup {
  readonly entries: readonly NameEntry[];
  /** The case-kept folded form of each entry's alias, for entries that must match as written. */
  readonly exactForms: readonly (string | undefined)[];
  /**
   * When every entry matches in any case and has a capital: the entities, which the name
   * stands for wherever it is written with a capital (the common case, decided without slicing).
   */
  readonly whenCapitalised: readonly string[] | undefined;
}

/** Most names belong to one entity and match in any case once capitalised: those need no lists worked out. */
function patternGroup(entries: NameEntry[]): PatternGroup {
  const [only] = entries;
  if (entries.length === 1 && !only!.alias.matchCase) {
    return {
      entries,
      exactForms: [undefined],
      whenCapitalised: hasCapital(only!.alias.text) ? [only!.entityId] : undefined,
    };
  }
  return {
    entries,
    exactForms: entries.map((entry) =>
      entry.alias.matchCase ? foldName(entry.alias.text, { keepCase: true }) : undefined,
    ),
    whenCapitalised: entries.every((entry) => !entry.alias.matchCase && hasCapital(entry.alias.text))
      ? [...new Set(entries.map((entry) => entry.entityId))]
      : undefined,
  };
}

/**
 * Finds mentions of known names in one pass over the text, folding as it reads (no folded
 * copy is made). Whole words only; where names overlap, the leftmost, then the longest,
 * wins ("Bashar al-Assad" is one mention, not "Bashar" and "al-Assad").
 */
export class EntityMatcher {
  private readonly trie: NameTrie;
  private readonly groups: PatternGroup[];
  /** The names that end at word ends along one walk, and where: scratch space, at most one per unit of the longest name. */
  private readonly endingNames: Int32Array;
  private readonly endingAt: Int32Array;

  constructor(entries: readonly NameEntry[]) {
    // The trie gives each folded name one id; entries that fold alike share its group.
    const builder = new NameTrieBuilder();
    const byPattern: NameEntry[][] = [];
    for (const entry of entries) {
      const pattern = foldName(entry.alias.text);
      if (pattern === '') continue;
      const id = builder.add(pattern);
      const group = byPattern[id];
      if (!group) byPattern.push([entry]);
      else if (
        !group.some(
          (known) =>
            known.entityId === entry.entityId &&
            known.alias.matchCase === entry.alias.matchCase &&
            known.alias.text === entry.alias.text,
        )
      ) {
        group.push(entry);
      }
    }
    this.groups = byPattern.map(patternGroup);
    this.trie = builder.compile();
    this.endingNames = new Int32Array(builder.longest + 1);
    this.endingAt = new Int32Array(builder.longest + 1);
  }

  /**
   * Every mention in `text`, in order of position. A name can start only where a folded
   * unit does not follow a letter or digit, and only at a word that may be the first word of
   * some name (by its first two units and length, looked up when it ends), so most words
   * never reach the trie. Plain ASCII is folded here by table, other characters one by one.
   */
  findMentions(text: string, region?: TextRegion): Mention[] {
    const start = region?.start ?? 0;
    const end = region?.end ?? text.length;
    if (!isRegionBound(text, start) || !isRegionBound(text, end))
      throw new RangeError(`a region must start and end at white space (${start}, ${end})`);
    const scan: Scan = {
      text,
      mentions: [],
      taken: Math.max(start, region?.after ?? 0),
      walker: new FoldingReader(text),
    };
    const trie = this.trie;
    let at = start;
    // The units of a non-ASCII character being read, and where that character is.
    let pending = '';
    let pendingIndex = 0;
    let pendingAt = 0;
    let width = 0;
    let previousIsWord = false;
    // The word being read: its source offset (-1: it cannot start a name), the unit within that character, its first two units and its length.
    let wordAt = -1;
    let wordUnit = 0;
    let wordFirst = 0;
    let wordSecond = 0;
    let wordLength = 0;
    for (;;) {
      let unit: number;
      let unitAt: number;
      let unitIndex = 0;
      let isWord: boolean;
      let last = false;
      const code = pendingIndex === pending.length && at < end ? text.charCodeAt(at) : -1;
      if (code >= 0 && code < 0x80 && ASCII_WORD[code] === 1) {
        // Most of a text is ASCII letters: a whole run of them is read in one tight loop.
        let runEnd = at + 1;
        for (let next = 0; runEnd < end && (next = text.charCodeAt(runEnd)) < 0x80 && ASCII_WORD[next] === 1;) runEnd++;
        if (!previousIsWord) {
          wordAt = at >= scan.taken ? at : -1;
          wordUnit = 0;
          wordFirst = ASCII_FOLDED[code]!;
          wordSecond = runEnd - at > 1 ? ASCII_FOLDED[text.charCodeAt(at + 1)]! : 0;
          wordLength = runEnd - at;
        } else {
          if (wordLength === 1) wordSecond = ASCII_FOLDED[code]!;
          wordLength += runEnd - at;
        }
        at = runEnd;
        previousIsWord = true;
        continue;
      } else if (code >= 0 && code < 0x80) {
        // ASCII that is no letter or digit (those took the branch above).
        unit = ASCII_FOLDED[code]!;
        unitAt = at++;
        isWord = false;
      } else if (code >= 0x80) {
        ({ folded: pending, width } = foldCharAt(text, at));
        pendingIndex = 0;
        pendingAt = at;
        at += width;
        continue;
      } else if (pendingIndex < pending.length) {
        unitIndex = pendingIndex;
        unit = pending.charCodeAt(pendingIndex++);
        unitAt = pendingAt;
        isWord = isWordCode(unit);
      } else {
        // Past the region: the white space there (or the end of the text) ends the last word.
        unit = 0x20;
        unitAt = end;
        isWord = false;
        last = true;
      }
      if (isWord) {
        if (!previousIsWord) {
          wordAt = unitAt >= scan.taken ? unitAt : -1;
          wordUnit = unitIndex;
          wordFirst = unit;
          wordSecond = 0;
          wordLength = 0;
        } else if (wordLength === 1) wordSecond = unit;
        wordLength++;
      } else if (previousIsWord) {
        if (wordAt >= 0 && trie.mayBeFirstWord(wordFirst, wordSecond, wordLength))
          this.walkFrom(scan, wordAt, wordUnit, trie.first(wordFirst));
      } else if (unitAt >= scan.taken) {
        // Names that begin with a sign ("(HTS)", "'Ndrangheta").
        const node = trie.first(unit);
        if (node >= 0) this.walkFrom(scan, unitAt, unitIndex, node);
      }
      previousIsWord = isWord;
      if (last) return scan.mentions;
    }
  }

  /**
   * Walks the trie from the folded unit `unit` of the character at `start` (already taken
   * to `node`) and records the longest name that ends at a word end and is written as its
   * entities allow. Plain ASCII is stepped here; anything else is read by the folding reader.
   */
  private walkFrom(scan: Scan, start: number, unit: number, node: number): void {
    if (node < 0) return;
    const { text, walker } = scan;
    const trie = this.trie;
    // Where the next unit starts while stepping plain ASCII here; -1 once the walker reads.
    let position = -1;
    let end: number;
    if (unit === 0 && plainAsciiUnitAt(text, start, ASCII_FOLDED) >= 0) {
      position = start + 1;
      end = position;
    } else {
      walker.seek(start);
      for (let k = 0; k <= unit; k++) walker.next();
      end = walker.end;
    }
    let endings = 0;
    for (;;) {
      const nameId = trie.nameEndingAt(node);
      let code = position >= 0 ? plainAsciiUnitAt(text, position, ASCII_FOLDED) : -1;
      let nextEnd = position + 1;
      if (code < 0) {
        if (position >= 0) walker.seek(position);
        position = -1;
        code = walker.next() ? walker.code : -1;
        nextEnd = walker.end;
      } else position++;
      if (nameId >= 0 && !(code >= 0 && isWordCode(code))) {
        this.endingNames[endings] = nameId;
        this.endingAt[endings++] = end;
      }
      if (code < 0) break;
      node = trie.child(node, code);
      if (node < 0) break;
      end = nextEnd;
    }
    // Longest first; a shorter name stands only when the longer is written in a way its entities do not allow.
    for (let k = endings - 1; k >= 0; k--) {
      const nameEnd = this.endingAt[k]!;
      const entityIds = this.entitiesWrittenLike(this.groups[this.endingNames[k]!]!, text, start, nameEnd);
      if (entityIds.length === 0) continue;
      scan.mentions.push({
        start,
        end: nameEnd,
        text: text.slice(start, nameEnd),
        entityIds,
        possessive: isPossessiveAfter(text, nameEnd),
      });
      scan.taken = nameEnd;
      return;
    }
  }

  /**
   * The entities whose alias allows this way of writing the name: an alias marked
   * matchCase must match letter for letter; any other alias matches in any case as long as
   * the text has a capital ("Turkey" the country, not "turkey" the bird).
   */
  private entitiesWrittenLike(group: PatternGroup, text: string, start: number, end: number): readonly string[] {
    const capitalised = hasCapital(text, start, end);
    if (group.whenCapitalised) return capitalised ? group.whenCapitalised : [];
    const ids: string[] = [];
    let writtenExact: string | undefined;
    group.entries.forEach((entry, index) => {
      const exact = group.exactForms[index];
      let allowed: boolean;
      if (exact !== undefined) {
        writtenExact ??= foldName(text.slice(start, end), { keepCase: true });
        allowed = writtenExact === exact;
      } else {
        allowed = capitalised || !hasCapital(entry.alias.text);
      }
      if (allowed && !ids.includes(entry.entityId)) ids.push(entry.entityId);
    });
    return ids;
  }
}

/** The apostrophes a possessive ending is written with. */
const POSSESSIVE_APOSTROPHES = "'’ʼ";
const POSSESSIVE_AFTER = new RegExp(`^[${POSSESSIVE_APOSTROPHES}]s?(?![\\p{L}\\p{N}])`, 'u');

function isPossessiveAfter(text: string, end: number): boolean {
  // Most names have none after them: no regex for those.
  if (end >= text.length || !POSSESSIVE_APOSTROPHES.includes(text[end]!)) return false;
  const after = text.slice(end, end + 3);
  const match = POSSESSIVE_AFTER.exec(after);
  if (!match) return false;
  // A bare apostrophe is possessive only after a final s ("Reuters'"); otherwise it closes a quote.
  return match[0].length === 2 || /s$/i.test(text.slice(Math.max(0, end - 1), end));
}
