import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import { foldName } from '../text/fold';
import { type Span, isSentenceStart, overlapping, within } from '../text/structure';
import type { RawFinding } from './findings';
import { COMMON_WORDS, PORTFOLIO_WORDS, TITLES, TITLE_WORDS, type Token } from '../text/names';
import { nameWords } from '../dictionary/othersNames';
import { skeleton } from '../text/skeleton';
import {
  type KeyAgreement,
  type WordSlip,
  describeDifferences,
  isEndingSlipInALongName,
  keyAgreement,
} from '../text/nameKeys';
import type { AliasMatch, VariantIndex } from '../match/spellingIndex';
import { isSpeechVerbNext } from '../quotes/speechVerbs';

/** In headlines (and at sentence starts, for entities the draft does not name), fuzzy matches only for names this long. */
const MIN_FUZZY_LENGTH_AT_CAPITALS = 7;
/** A lone word this long (in skeleton) with two neighbouring letters swapped is asked about unconfirmed. */
const MIN_UNCONFIRMED_SWAP_LENGTH = 7;
const MIN_INCONSISTENT_FUZZY_LENGTH = 6;
const MAX_RUN_TOKENS = 5;

export interface DraftContext {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly headlines: readonly Span[];
  /** The draft's capitalised runs, found once for every rule. */
  readonly runs: readonly Token[][];
}

/** Titles written as capital letters (PM, FM, CEO): wire copy puts them inside a run, after a country or a company. */
const CAPITALS_TITLES = new Set(TITLES.filter((title) => /^\p{Lu}{2,}$/u.test(title)));

/**
 * A run's words that can be a name: leading common words ("The", "However") and titles left
 * out, and whatever stands before a title in capitals ("Syrian PM", "Exxon Mobil CEO").
 */
function nameTokens(run: readonly Token[]): Token[] {
  let from = 0;
  for (let i = run.length - 2; i >= 0; i--)
    if (CAPITALS_TITLES.has(run[i]!.text)) {
      from = i + 1;
      break;
    }
  while (
    from < run.length &&
    (COMMON_WORDS.has(run[from]!.text.toLowerCase()) || TITLE_WORDS.has(run[from]!.text.toLowerCase())) &&
    // ("Mr Said": after an honorific stands a surname, whatever English word it spells.)
    !(from > 0 && HONORIFIC.test(run[from - 1]!.text))
  )
    from++;
  return run.slice(from);
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $/;

/**
 * The name's tokens with the common words before them that belong to a known name written
 * apart ("Air Asia" for AirAsia) or slightly misspelt ("US Geologic Survey"): kept where the
 * words from there on are a known name or one of its variants.
 */
function withLeadingWordsOfAName(
  text: string,
  run: readonly Token[],
  tokens: Token[],
  variants: VariantIndex,
): Token[] {
  const from = tokens.length === 0 ? run.length : run.indexOf(tokens[0]!);
  for (let first = 0; first < from && tokens.length > 0; first++) {
    if (CAPITALS_TITLES.has(run[first]!.text) || TITLE_WORDS.has(run[first]!.text.toLowerCase())) continue;
    const whole = run.slice(first, from + tokens.length);
    if (whole.length > MAX_RUN_TOKENS) continue;
    if (variants.lookup(text.slice(whole[0]!.start, whole[whole.length - 1]!.end), true, true).length > 0) return whole;
  }
  return tokens;
}

/** Lower-case words inside a body's name ("University of Eastern Finland", "Bank for International Settlements"). */
const CONNECTOR = /^ (?:of|for|and|on|of the|for the) $/;

/**
 * The runs, two joined where a connector stands between them and together they are a
 * known name's variant ("Univesity of Eastern Finland"): apart, neither half is one.
 */
function joinedAcrossConnectors(text: string, runs: readonly Token[][], variants: VariantIndex): Token[][] {
  const joined: Token[][] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    const between = previous ? text.slice(previous[previous.length - 1]!.end, run[0]!.start) : '';
    if (previous && CONNECTOR.test(between)) {
      const whole = text.slice(previous[0]!.start, run[run.length - 1]!.end);
      if (variants.lookup(whole, true, true).length > 0) {
        const at = previous[previous.length - 1]!.end + 1;
        const connectors = between
          .trim()
          .split(' ')
          .map((word, i, words) => {
            const start = at + words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
            return { text: word, start, end: start + word.length };
          });
        joined[joined.length - 1] = [...previous, ...connectors, ...run];
        continue;
      }
    }
    joined.push(run);
  }
  return joined;
}

/** Writes `alias` with the case a position asks for: a capital at a sentence start. */
export function caseForPosition(alias: string, atSentenceStart: boolean): string {
  return atSentenceStart ? alias.charAt(0).toUpperCase() + alias.slice(1) : alias;
}

/**
 * name-variant: a capitalised name that is not an alias but is one after transliteration
 * ("Asad", "Makhluf", "Khmeimim", "al Assad"), or one edit from a long one ("Peskv").
 */
export function nameVariantFindings(context: DraftContext, variants: VariantIndex, index: EntityIndex): RawFinding[] {
  const findings: RawFinding[] = [];
  /** Names the draft gives to someone else ("Asaad" once it has said "Riad Asaad"). */
  const othersNames = new Set<string>();
  // A draft writes the same names again and again: each spelling is looked up once.
  const looked = new Map<string, AliasMatch[]>();
  const lookup = (written: string, inHeadline: boolean) => {
    const key = `${inHeadline ? '^' : '_'}${written}`;
    let forms = looked.get(key);
    if (!forms) {
      forms = variants.lookup(written, !inHeadline || skeleton(written).length >= MIN_FUZZY_LENGTH_AT_CAPITALS, true);
      looked.set(key, forms);
    }
    return forms;
  };
  const mentioned = new Set(context.mentions.flatMap((mention) => mention.entityIds));
  for (const run of joinedAcrossConnectors(context.text, context.runs, variants)) {
    const tokens = withLeadingWordsOfAName(context.text, run, nameTokens(run), variants);
    const taken = new Set<number>();
    for (let length = Math.min(MAX_RUN_TOKENS, tokens.length); length >= 1; length--) {
      for (let first = 0; first + length <= tokens.length; first++) {
        if ([...Array(length).keys()].some((k) => taken.has(first + k))) continue;
        const part = tokens.slice(first, first + length);
        const start = part[0]!.start;
        const end = part[part.length - 1]!.end;
        // A run may hold whole mentions ("Eyad" in "Eyad Makhluf"), never cut one in two.
        if (overlapping(context.mentions, start, end).some((mention) => mention.start < start || mention.end > end))
          continue;
        // A mention is a name the index knows, in one of its forms ("al Assad" too): no variant.
        if (context.mentions.some((mention) => mention.start === start && mention.end === end)) continue;
        const written = context.text.slice(start, end);
        const sentenceStart = isSentenceStart(context.text, start);
        const inHeadline = within(context.headlines, start);
        const looseCapital = sentenceStart || inHeadline;
        if (
          length === 1 &&
          COMMON_WORDS.has(written.toLowerCase()) &&
          !HONORIFIC_BEFORE.test(context.text.slice(Math.max(0, start - 6), start))
        )
          continue;
        // Where every word has a capital, short names must match as transliterations. At a sentence start ("Nyango said") a near miss is taken for an entity the draft names.
        const shortAtSentenceStart = sentenceStart && skeleton(written).length < MIN_FUZZY_LENGTH_AT_CAPITALS;
        // Names the dictionary says are someone else's ("Riad Asaad is not Bashar al-Assad") are not its variants.
        const near = lookup(written, inHeadline).filter(
          (form) =>
            !index.get(form.entityId)!.notVariants.some((name) => foldName(name) === foldName(written)) &&
            (!(shortAtSentenceStart && !form.agreement.sameSkeleton) || mentioned.has(form.entityId)) &&
            (!form.loneWord || length === 1) &&
            // A last letter dropped or added ("Wood", "Mobile") may make an ordinary word: taken beside another name word, or mid-sentence in a draft that names the entity.
            (!form.agreement.finalLetter ||
              (!ACRONYM.test(part[part.length - 1]!.text) &&
                (length > 1 || (!looseCapital && mentioned.has(form.entityId))))) &&
            // A slip that changes the sound is taken only where no word of it names someone else, but in a long name all but an ending as written.
            (!(form.agreement.letterSlip || form.agreement.wordSlip) ||
              (form.agreement.wordSlip !== undefined && isEndingSlipInALongName(form.agreement.wordSlip)) ||
              overlapping(context.mentions, start, end).every((mention) =>
                mention.entityIds.includes(form.entityId),
              )) &&
            (!form.agreement.wordSlip || isSlipInItsKind(form.agreement.wordSlip, index.get(form.entityId)!.type)),
        );
        // A spelling that is itself an alias is right, whatever else shares its skeleton.
        if (near.some((form) => foldName(form.text) === foldName(written))) continue;
        const forms = withOneSpellingOfOneEntity(near, index);
        // One spelling to offer: a name several entities share ("Makhlouf") still has one right spelling.
        const spellings = [...new Set(forms.map((form) => form.text))];
        if (spellings.length !== 1) continue;
        const entityIds = [...new Set(forms.map((form) => form.entityId))];
        // "Riad Asad" is someone else: other name words beside it that the entity does not have. A title and what qualifies it ("Austrian Chancellor") are no name words.
        const titled = Math.max(
          -1,
          ...tokens.slice(0, first).flatMap((token, i) => (isTitleWord(token.text) ? [i] : [])),
        );
        const strangers = tokens.filter(
          (token, i) =>
            i > titled &&
            (i < first || i >= first + length) &&
            !entityIds.some((id) => nameWords(index.get(id)!).has(foldName(token.text))),
        );
        if (strangers.length > 0) {
          othersNames.add(foldName(written));
          continue;
        }
        // A lone word near a name ("Meerz", "Mertz" for Merz) is that name for an entity the draft names; one whose sound differs, as a speaker ("Mertz said", not "the Tolvanens said") or opening a sentence ("Hayasi left").
        const confirmedLoneWord = (form: AliasMatch) =>
          mentioned.has(form.entityId) &&
          (form.loneWord === 'same-sound' ||
            sentenceStart ||
            (isSpeechVerbNext(context.text, end) && !/\bthe $/iu.test(context.text.slice(start - 4, start))));
        // Two neighbouring letters swapped in a long word ("Kaoshiung") is a typing slip wherever it stands; the draft
        // need not confirm it, but it is asked about, not asserted.
        const swapInLongWord = (form: AliasMatch) =>
          form.agreement.swap === true && skeleton(written).length >= MIN_UNCONFIRMED_SWAP_LENGTH;
        if (forms.some((form) => form.loneWord && !confirmedLoneWord(form) && !swapInLongWord(form))) continue;
        for (let k = 0; k < length; k++) taken.add(first + k);
        const names = entityIds.map((id) => index.get(id)!.name).join(' or ');
        const { agreement, loneWord } = forms[0]!;
        // A near miss the draft's own words confirm (the entity named elsewhere, a speaker) is as sure as a same-sound one.
        const confirmed =
          (loneWord !== undefined && forms.every(confirmedLoneWord)) ||
          (agreement.wordSlip !== undefined && entityIds.every((id) => mentioned.has(id)));
        findings.push({
          rule: 'name-variant',
          message: variantMessage(written, spellings[0]!, names, agreement),
          certainty: confirmed ? 'certain' : agreement.certainty,
          start,
          end,
          text: written,
          suggestion: caseForPosition(spellings[0]!, sentenceStart),
          entity: entityIds.length === 1 ? entityIds[0]! : null,
        });
      }
    }
  }
  return findings.filter((finding) => !othersNames.has(foldName(finding.text)));
}

/**
 * Near spellings that are all one entity's, narrowed to its name where that is among them
 * ("Ginko Bioworks" is near both Ginkgo Bioworks and the source's own "Gingko Bioworks").
 */
function withOneSpellingOfOneEntity(forms: AliasMatch[], index: EntityIndex): AliasMatch[] {
  const ids = new Set(forms.map((form) => form.entityId));
  if (ids.size !== 1) return forms;
  const name = index.get([...ids][0]!)!.name;
  const named = forms.filter((form) => form.text === name);
  return named.length > 0 ? named : forms;
}

/**
 * Whether a word slip can be a misspelling for this kind of name: a person's other given
 * name is another person ("Dan Reyes", "Jan Reyes"), and an ending on a place's or a body's
 * last word makes another word of it ("New Zealander").
 */
function isSlipInItsKind(slip: WordSlip, type: string): boolean {
  return type === 'person' ? slip.word > 0 : !(slip.derived && slip.word === slip.words - 1);
}

/** Why a spelling is taken for a known name's, in a copy editor's words. */
function variantMessage(written: string, spelling: string, names: string, agreement: KeyAgreement): string {
  const how = `it differs from "${spelling}" ${describeDifferences(spelling, written)}`;
  const why = agreement.wordSlip
    ? `a misspelling of ${names}: ${how}, its other words as the dictionary writes them`
    : !agreement.sameSkeleton
      ? `a misspelling of ${names}: ${how} and ${agreement.sound === 'near' ? 'sounds almost the same' : 'has the same sound'}`
      : `a variant spelling of ${names}: ${how}, as transliterations do, ${agreement.sound === 'near' ? 'though it sounds a little different' : 'with the same sound'}`;
  return `"${written}" looks like ${why}; the dictionary spells it "${spelling}".`;
}

function isTitleWord(word: string): boolean {
  // ("Minister of Culture Juan David Correia": a portfolio opens the run the name stands in.)
  return CAPITALS_TITLES.has(word) || TITLE_WORDS.has(word.toLowerCase()) || PORTFOLIO_WORDS.has(word.toLowerCase());
}

/** A word in capitals ("USAF"): an acronym, which a letter more or less makes another. */
const ACRONYM = /^\p{Lu}+$/u;

/**
 * Whether two spellings in one draft are one name: a last letter more or less is another word there ("Syrian",
 * "Syrians"), and so is another last letter ("Argentina", "Argentine"; "Maria", "Marie").
 */
function isSameNameAs(written: string, other: string): boolean {
  const agreement = keyAgreement(written, other);
  return agreement !== undefined && !agreement.finalLetter && written.slice(0, -1) !== other.slice(0, -1);
}

/**
 * inconsistent-name: one name written two ways in the same draft ("Lavrov" three times,
 * "Lavrow" once), known to no dictionary. The rarer form is flagged, with the commoner
 * (or, on a tie, the first used) as the fix.
 */
export function inconsistentNameFindings(context: DraftContext, exclude: readonly RawFinding[]): RawFinding[] {
  // Findings of other rules, in order of position, whose words this rule leaves alone.
  exclude = [...exclude].sort((a, b) => a.start - b.start);
  const occurrences: Token[] = [];
  for (const run of context.runs) {
    for (const token of nameTokens(run)) {
      if (
        token.text.length < 3 ||
        COMMON_WORDS.has(token.text.toLowerCase()) ||
        TITLE_WORDS.has(token.text.toLowerCase())
      )
        continue;
      if (
        overlapping(context.mentions, token.start, token.end).length > 0 ||
        overlapping(exclude, token.start, token.end).length > 0
      )
        continue;
      occurrences.push(token);
    }
  }
  // A capital at a sentence start or in a headline proves nothing: a group needs one mid-sentence form to count.
  const midSentence = new Set(
    occurrences
      .filter((token) => !isSentenceStart(context.text, token.start) && !within(context.headlines, token.start))
      .map((token) => token.text),
  );
  const groups = new Map<string, Token[]>();
  for (const token of occurrences) {
    const key = skeleton(token.text);
    let group = groups.get(key);
    // One edit apart joins a group only with the same sound ("Lavrow", "Lavrov"; not "Kilby", "Kirby").
    if (!group && key.length >= MIN_INCONSISTENT_FUZZY_LENGTH)
      group = [...groups.entries()].find(
        ([known, [first]]) => known.length >= MIN_INCONSISTENT_FUZZY_LENGTH && isSameNameAs(token.text, first!.text),
      )?.[1];
    if (group) group.push(token);
    else groups.set(key, [token]);
  }
  const findings: RawFinding[] = [];
  for (const group of groups.values()) {
    const counts = new Map<string, { count: number; first: number }>();
    for (const token of group) {
      const known = counts.get(token.text);
      if (known) known.count++;
      else counts.set(token.text, { count: 1, first: token.start });
    }
    // Forms that differ only in case are not two spellings: datelines are in capitals, any word starts a sentence with one.
    const distinct = new Set([...counts.keys()].map((form) => form.toLowerCase()));
    if (distinct.size < 2 || ![...counts.keys()].some((form) => midSentence.has(form))) continue;
    const [preferred] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0]!;
    for (const token of group) {
      if (token.text.toLowerCase() === preferred.toLowerCase()) continue;
      findings.push({
        rule: 'inconsistent-name',
        message: `"${token.text}" is written "${preferred}" elsewhere in this draft (${counts.get(preferred)!.count} time${counts.get(preferred)!.count === 1 ? '' : 's'}); it differs ${describeDifferences(preferred, token.text)}.`,
        start: token.start,
        end: token.end,
        text: token.text,
        suggestion: preferred,
        entity: null,
      });
    }
  }
  return findings;
}

const SCRIPT_NAMES = { cyrillic: 'Cyrillic', arabic: 'Arabic' } as const;

/** other-script: a known name written in Cyrillic or Arabic ("Песков", "بشار الأسد"), with the dictionary's spelling as the fix. */
export function otherScriptFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  return index.otherScriptNames(context.text).map((name) => {
    const names = name.entityIds.map((id) => index.get(id)!.name).join(' or ');
    return {
      rule: 'other-script',
      message: `"${name.text}" is the ${SCRIPT_NAMES[name.script]} spelling of ${names}; the dictionary spells it "${name.spelling}".`,
      certainty: name.certainty,
      start: name.start,
      end: name.end,
      text: name.text,
      suggestion: name.spelling,
      entity: name.entityIds.length === 1 ? name.entityIds[0]! : null,
    };
  });
}
