/**
 * Who said what in a text: each direct quotation (in quotation marks) and each indirect one
 * (reported speech: "X said the talks had failed"), with the entity that said it, the verb
 * that reports it, and where the words stand. The speaker is named where the verb is
 * ("…," said X; X told Y that…; …, according to X), or by a pronoun or a title ("he said",
 * "the Kremlin spokesman said") standing for an entity named nearby; a quotation standing
 * alone takes the speaker of the quotation just before it. Used on the articles a
 * dictionary is built from and on drafts alike, so it knows no names, only English.
 */
import type { EntityIndex, IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import { TITLE_WORDS } from '../text/names';
import type { Mention } from '../match/matcher';
import { type DirectQuotation, directQuotations } from '../text/quotationMarks';
import { pastDateline, sentenceSpans } from '../text/sentences';
import { headlineSpans, type Span, within } from '../text/structure';
import { VERBS } from './speechVerbs';

export type QuotationKind = 'direct' | 'indirect';

export interface FoundQuotation {
  readonly kind: QuotationKind;
  /** The speaker's entity id; absent for a direct quotation whose speaker the text does not say. */
  readonly speaker?: string;
  /** The reporting verb as written ("said", "told", "according to"); absent with the speaker. */
  readonly verb?: string;
  /** The quoted words: inside the marks (paragraphs joined by a space), or the reported clause. */
  readonly text: string;
  /** Where the words stand: from the first quoted character to the last. */
  readonly start: number;
  readonly end: number;
  /** The direct quotation's words paragraph by paragraph (one span for an indirect one). */
  readonly parts: readonly Span[];
  /** The sentence that holds the quotation and its attribution. */
  readonly sentence: Span;
  /** Where the speaker is named by name in this sentence, if it is. */
  readonly speakerMention?: Span;
  /** Where "he" or "she" stands for the speaker, when no name does. */
  readonly speakerPronoun?: Span;
}

/**
 * Lower case, as verbs are written ("United States" is no "states"), but for a sentence's opening "According to";
 * never the end of a compound ("water-stressed Botswana").
 */
const VERB_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${VERBS.map((verb) => verb.replace(' ', '\\s+')).join('|')}|According\\s+to)\\b`,
  'gu',
);
/** A headline's verbs, in its title case ("Minister Says Talks Failed"); "Reports" and "States" there are as often nouns. */
const HEADLINE_VERB_PATTERN = /\b(?:Says|Tells|Warns|Claims|Insists|Admits|Denies|Argues|Declares)\b/gu;
/** Common nouns that stand for the organisation named just before: "according to the agency", "the group said". */
const BODY_NOUNS = new Set([
  'agency',
  'organisation',
  'organization',
  'group',
  'company',
  'firm',
  'charity',
  'service',
  'broadcaster',
  'network',
  'newspaper',
]);
/**
 * Offices that, when no role names them, stand for the person quoted just before ("“…,” the
 * minister said"); not "judge" or "prosecutor", who answer someone else.
 */
const OFFICE_NOUNS = new Set([
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'president',
  'governor',
  'mayor',
  'senator',
  'ambassador',
  'envoy',
  'chairman',
  'chairwoman',
  'chairperson',
  'secretary',
  'chancellor',
  'commissioner',
]);

/** Nouns that describe a person by what they do ("the mining official", "the unionist"), which roles rarely write. */
const PERSON_NOUNS = new Set([
  'official',
  'unionist',
  'activist',
  'expert',
  'analyst',
  'economist',
  'lawyer',
  'leader',
  'director',
  'officer',
  'researcher',
  'scientist',
  'professor',
  'manager',
]);

/** Nouns for whoever heads a body, which a role rarely writes as they are ("the UAW chief said"). */
const HEAD_NOUNS = new Set(['chief', 'head', 'leader', 'boss']);

/** Verbs that name words rather than report a statement: no reported clause follows them. */
const NAMING_VERBS = new Set(['described', 'describes', 'called', 'calls', 'asked']);
/** Verbs that take a thing as well as a clause ("declared a state of emergency", "announced a plan"). */
const THING_DECLARED_VERBS = new Set([
  'declared',
  'declares',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'reported',
  'reports',
  'denied',
  'admitted',
  'promised',
  'pledged',
  'vowed',
  'demanded',
]);
/** Verbs whose hearer comes before what was said ("told reporters the…"). */
const TELLING_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'informs']);
/** Hearers written as common nouns after "told". */
const HEARERS = new Set([
  'reporters',
  'reporter',
  'journalists',
  'supporters',
  'lawmakers',
  'parliament',
  'delegates',
  'listeners',
  'viewers',
  'residents',
  'officials',
  'correspondent',
  'radio',
  'television',
  'of',
  'and',
]);
/** Words that may stand between a subject and its verb: "X has warned", "X also said", "X further said", "X on Monday said". */
const AUXILIARIES_AND_ADVERBS =
  'has|have|had|also|later|then|again|earlier|previously|once|would|will|has\\s+since|further|still|separately|publicly|reportedly|repeatedly|recently|subsequently|initially|however|therefore|meanwhile|yesterday|today|tonight|last\\s+(?:week|night)|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?';
/** An aside set off by commas between a subject and its verb: "X, however, said", "X, for his part, said". */
const ASIDE = '(?:however|meanwhile|though|too|instead|in\\s+turn|for\\s+(?:his|her|its|their)\\s+part)';
/** Words that may stand between a speaker's name and the verb: "X has warned", "X, however, said", "the envoy, X, said", "X (Voice-SD) declared", "the X mission said". */
const BETWEEN_SPEAKER_AND_VERB = new RegExp(
  `^(?:['’]s?)?(?:\\s*\\([^()\\n]{1,40}\\))?(?:\\s+(?:mission|delegation|embassy|office|secretariat)\\b)?\\s*,?\\s*(?:${ASIDE},\\s*)?(?:(?:${AUXILIARIES_AND_ADVERBS})\\s+)*$`,
  'iu',
);
/** A speaker described after the verb without a name: "says health expert", "said a local official", "said the mayor". */
const DESCRIBED_SPEAKER_AFTER =
  /^\s+(?:(?:a|an|the|one|another)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:expert|official|spokes(?:man|woman|person)|source|analyst|resident|witness|doctor|mayor|minister|officer|leader|director|chief|head|researcher|scientist|economist|lawyer|professor|teacher|nurse|manager)s?\b/u;

/** A pronoun before the verb, maybe with an aside: "he said", "He, however, said". */
const PRONOUN_BEFORE_VERB = new RegExp(
  `\\b(\\p{L}+)(?:,\\s*${ASIDE},)?\\s+(?:(?:${AUXILIARIES_AND_ADVERBS})\\s+)*$`,
  'u',
);
/** A title before the verb: "the minister said", "the assistant head coach further said", "Vanuatu’s president said", "the 57-year-old director said". */
const TITLE_BEFORE_VERB = new RegExp(
  `\\b(the|an?|\\p{Lu}[\\p{L}.-]*['’]s)\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}?)([\\p{L}-]+)\\s+(?:(?:${AUXILIARIES_AND_ADVERBS})\\s+)*$`,
  'iu',
);
/**
 * What stands between a person and the verb when the person speaks for a body: " of the Idaho Fish and Game Department ",
 * " of Peru's human rights office ".
 */
const MEMBER_OF_BODY =
  /^\s+(?:of|at|from|with)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’&-]*|and|&|of|for|the)\s+)+$|^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:office|ministry|department|agency|commission|council|service|authority|committee|bureau)\s+$/u;
/** A description between a speaker's name and the verb: ", the mayor of Porto Alto,", ", Unicef's spokesperson in Pakistan", ", who flew in on Monday,", ", in his first public comments since July,", where a place is (", about 40 miles northwest of Boston,"). */
const APPOSITIVE_BEFORE_VERB = new RegExp(
  // ", 55, who has led…,", ", superintendent of Zoo Idaho in Pocatello,": an age, and an office without its article;
  // ", of Kasiglahan Village in Rodriguez town,": where the speaker is from.
  `,\\s+(?:\\d{1,3},\\s+(?:who\\s+)?|(?:(?:about|some|around|nearly|roughly|just)\\s+)?\\d[\\d,.]*\\s+(?:miles|kilometres|kilometers|km|metres|meters|feet)\\s+|(?:the|an?)\\s+|who\\s+(?=\\p{Ll})|(?:of|from)\\s+(?=\\p{Lu})|(?:in|at|after|during|following|speaking)\\s+(?=[^;:"“”.]{0,120},\\s*(?:(?:${AUXILIARIES_AND_ADVERBS})\\s+)*$)|\\p{Lu}[\\p{L}.-]*['’]s\\s+|(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}(?:of|at|for|in)\\s+)[^;:"“”.]{0,120}?,?\\s*(?:(?:${AUXILIARIES_AND_ADVERBS})\\s+)*$`,
  'u',
);
/** An infinitive of purpose before the reported clause, set off by a comma: "says to stop the gatherings, the police…". */
const PURPOSE_BEFORE_CLAUSE = /^\s+to\s+\p{Ll}+\b[^,;.:"“”]{0,80},\s+(?:the\s+)?\p{L}/u;
/** Words that show a stretch is a clause (it has a verb): "the talks had failed", "the police call on residents to…", not "the official news agency, Xinhua". */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|\p{Ll}{2,}ed|won|lost|spent|made|took|gave|went|came|found|got|held|kept|ran|saw|began|begun|brought|thought|fell|rose|met|paid|sent|sold|built|became|knew|felt|stood|struck|fought|caught|bought|drove|flew|grew|threw|broke|chose|spoke|fled|sank|meant|heard|seen|done|gone|taken|given|known|shown|grown|fallen|risen|broken|chosen|spoken|stolen|led|told|said|sought|taught|understood|wants|needs|expects|believes|thinks|hopes|remains|continues|appears|seems|intends|requires|(?:call|urge|ask)s?\s+(?:on|for|upon))\b/u;
/** What follows "said" as its object, not a reported clause: "said this on Tuesday", "said so in a statement". */
const OBJECT_NOT_CLAUSE =
  /^(?:this|so|it|that|nothing|something)\s+(?:on|in|at|during|after|before|while|when|to|as|of)\b/iu;
/** People named by whom they stand with: "Supporters of", "relatives of the". */
const PEOPLE_OF_BEFORE =
  /\b(?:supporters|friends|relatives|family|members|lawyers|followers|fans|allies|aides|colleagues|neighbou?rs|critics|opponents|parents|children)\s+of\s+(?:the\s+)?$/iu;
/** Words after a verb before the speaker: "said Tolbert", "says a spokesperson for the agency". */
const BEFORE_SPEAKER =
  /^\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:spokes(?:person|man|woman)|representative|statement|report|official|source)\s+(?:for|of|from|at|by)\s+)?(?:the\s+)?(?:\p{Lu}\p{Ll}+\.?\s+){0,2}$/u;
/** "said 32-year-old hairdresser Tomas Orwick", "said local trader Ana Velmo", "said the party's president Buchiki Kardava", "according to a local administrator, Saiful Hasan": an age or a lower-case description before a person (not "a lawyer for", "friends of"). */
const DESCRIBED_PERSON =
  /^(?!.*\b(?:of|for|to|with|by|from|at|on|in|about)\s)\s+(?:an?\s+|the\s+)?(?:\d{1,3}-year-old\s+(?:[\p{Ll}-]+\s+){0,2}|(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+,?\s+)$/u;
/** "according to the report, X …": a document speaks, and the person after it is the clause's subject. */
const DOCUMENT_BEFORE =
  /\b(?:report|reports|statement|study|survey|poll|data|figures|document|documents|records|filing|estimates|letter)\s*,?\s+$/u;
/** An office with its article, set off by a comma before the name of who holds it: " the area MP, ". */
const APPOSED_OFFICE_BEFORE = /^\s+the\s+(?:[\p{L}'’-]+,?\s+){0,9}?[\p{L}'’-]+,\s+$/u;
/** Quotations that name a work or a label, not what anyone said ("entitled "…"", "labelled "…""). */
const NAMING_BEFORE =
  /\b(?:entitled|titled|labell?ed|classified|marked|headlined|dubbed|named|known\s+as|the\s+word|the\s+term)\s*$/iu;
const PRONOUNS = new Set(['he', 'she']);
/**
 * What opens a sentence before its subject's name: nothing, its title ("The", "Mexican President"), or a title's
 * phrase or a time's and a comma ("The president of the region of Cajamarca, Gregorio Santos, …", "On Monday, …");
 * "U.S." ends none.
 */
const SENTENCE_OPENING =
  /(?:^|(?<!\b\p{Lu})[.!?]["”’]?\s+|\n\s*)(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*|(?:[Tt]he\s+)?\p{L}+(?:\s+(?:of|for|in|at)\s+(?:the\s+)?[\p{L}-]+)+,\s+|(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ater|[Ee]arlier)\b[^.!?;:,"“”\n]{0,40},\s+)$/u;
/** A verb joined to an earlier one of the same subject: "… and said", "… but warned", "…, and later told". */
const COORDINATED_VERB = /\s(?:and|but)\s+(?:(?:also|later|then|again)\s+)?$/u;
/** How far before a verb its speaker is looked for, in characters. */
const MAX_LEAD = 300;
/** The longest reported clause, in characters. */
const MAX_CLAUSE = 2_000;
/** The end of a title's list of portfolios before its holder's name: ", Works and Transport Minister ". */
const TITLE_LIST_AFTER_COMMA = /^,\s+(?:\p{Lu}[\p{L}-]*\s+)+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+)+$/u;
/** When or how something was said, between the verb and what it reports: "on Tuesday", "today in a statement". */
const WHEN_OR_HOW =
  '(?:on\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+day|today|yesterday|tonight|in\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:statement|interview|e-?mail|letter|release|post|briefing|message))';
/**
 * What may follow an attribution that ends its sentence: when or how, what the speaker was doing
 * ("said on Friday after meeting the porters"), which reports nothing unless "that" opens a clause in it,
 * or what the writer makes of the news ("…, Namwater said, a drop officials blame on drought").
 */
const ENDS_SENTENCE = new RegExp(
  `^\\s*(?:${WHEN_OR_HOW}\\s*){0,3}(?:,?\\s*(?:after|before|while|when|upon)\\s+\\p{Ll}+ing\\b(?![^.!?]*\\bthat\\b)[^.!?]*|,\\s+an?\\s+\\p{Ll}+\\s+(?!(?:was|is|had|has|will|would)\\b)[^.!?"“«]*)?[.!?"”»)]*\\s*$`,
  'u',
);
/** When or how, skipped before a reported clause without "that": "said on Tuesday he is…". */
const WHEN_OR_HOW_BEFORE_CLAUSE = new RegExp(`^\\s*(?:${WHEN_OR_HOW}\\s*,?\\s*){0,3}`, 'u');

/** Every quotation of `text` the index's entities may have said, in order of position. */
export function quotationsIn(
  text: string,
  index: EntityIndex,
  mentions: readonly Mention[] = index.mentionsIn(text),
): FoundQuotation[] {
  // Found once: a text of one endless line costs no more per quotation than one of many.
  const headlines = headlineSpans(text);
  const inHeadline = (offset: number) => within(headlines, offset);
  const direct = directQuotations(text).filter((quotation) => !namesAWork(text, quotation, inHeadline));
  const units = attributionUnits(text, direct);
  const resolved = mentions.filter((mention) => mention.entityIds.length === 1);
  const reader = new SpeakerReader(text, index, resolved, inHeadline, direct);
  const found: FoundQuotation[] = [];
  let quoteIndex = 0;
  let previous: { speaker: string; verb: string; unit: number } | undefined;
  units.forEach((unit, unitIndex) => {
    const inUnit: DirectQuotation[] = [];
    while (quoteIndex < direct.length && direct[quoteIndex]!.start < unit.end) inUnit.push(direct[quoteIndex++]!);
    // "he said" a sentence or two after a person spoke stands for that speaker, not for whoever was named since.
    const recent = previous && unitIndex - previous.unit <= 2 ? previous : undefined;
    const recentType = recent && index.get(recent.speaker)?.type;
    reader.recentSpeaker =
      recentType === 'person' ? { speaker: recent!.speaker, since: units[recent!.unit]!.end } : undefined;
    reader.recentBody = recentType === 'organization' ? recent!.speaker : undefined;
    const attributions = reader.attributionsIn(unit, inUnit);
    const first = attributions[0];
    for (const quotation of inUnit) {
      // A quotation standing alone goes on with the speaker of the one before it.
      const speakerOf =
        first ??
        (previous && unitIndex - previous.unit <= 2 && standsAlone(text, unit, quotation) ? previous : undefined);
      found.push({
        kind: 'direct',
        ...(speakerOf ? { speaker: speakerOf.speaker, verb: speakerOf.verb } : {}),
        text: quotation.words,
        start: quotation.parts[0]!.start,
        end: quotation.parts[quotation.parts.length - 1]!.end,
        parts: quotation.parts,
        sentence: unit,
        ...(first?.mention ? { speakerMention: first.mention } : {}),
        ...(first?.pronoun ? { speakerPronoun: first.pronoun } : {}),
      });
      if (speakerOf) previous = { speaker: speakerOf.speaker, verb: speakerOf.verb, unit: unitIndex };
    }
    for (const attribution of attributions) {
      for (const { verb, start: opening, end, subject } of attribution.clauses) {
        const start = pastDateline(text, opening, end);
        // "The government, she said, has…": the clause's subject stands before the attribution.
        const parts = subject ? [subject, { start, end }] : [{ start, end }];
        found.push({
          kind: 'indirect',
          speaker: attribution.speaker,
          verb,
          text: parts.map((part) => text.slice(part.start, part.end)).join(' '),
          start: parts[0]!.start,
          end,
          parts,
          sentence: unit,
          ...(attribution.mention ? { speakerMention: attribution.mention } : {}),
          ...(attribution.pronoun ? { speakerPronoun: attribution.pronoun } : {}),
        });
      }
      previous = { speaker: attribution.speaker, verb: attribution.verb, unit: unitIndex };
    }
  });
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A quotation in title case, after "entitled", "labelled", or one word after "the": the name of a work or a label. */
function namesAWork(text: string, quotation: DirectQuotation, inHeadline: (offset: number) => boolean): boolean {
  const before = text.slice(Math.max(0, quotation.start - 30), quotation.start);
  if (NAMING_BEFORE.test(before)) return true;
  // "before RFA aired the “complaints”": one word after an article or possessive is the writer's scare quote, no one's speech.
  if (!/\s/.test(quotation.words.trim()) && /\b(?:the|an?|its|their|his|her|so-called)\s*$/iu.test(before)) return true;
  // A headline capitalises every quotation it holds.
  if (inHeadline(quotation.start)) return false;
  const words = quotation.words.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word));
  if (words.length === 0 || words.length > 10 || /[.,;]$/.test(quotation.words)) return false;
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return words.length >= 2 && capitalised / words.length >= 0.8;
}

/**
 * The sentences of the text with each quotation kept whole, however many sentences and
 * paragraphs it holds: a quotation and its attribution are read together.
 */
function attributionUnits(text: string, quotations: readonly DirectQuotation[]): Span[] {
  const chars = text.split('');
  // Inside a quotation, sentence ends and line breaks are hidden from the sentence splitter.
  // A quotation's last full stop may end its sentence ("…expected." Then…), so it stays.
  for (const quotation of quotations) {
    const lastStop = quotation.parts[quotation.parts.length - 1]!.end - 1;
    for (let i = quotation.start; i < quotation.end; i++)
      if (chars[i] === '\n') chars[i] = ' ';
      else if (i < lastStop && /[.!?]/.test(chars[i]!)) chars[i] = ';';
  }
  return sentenceSpans(chars.join(''));
}

/** Whether the quotation is all its sentence holds, but for punctuation. */
function standsAlone(text: string, unit: Span, quotation: DirectQuotation): boolean {
  const outside = text.slice(unit.start, quotation.start) + text.slice(quotation.end, unit.end);
  return !/\p{L}/u.test(outside);
}

/** A reported clause, and its subject where an attribution set off by commas stands inside it. */
type Clause = Span & { verb: string; subject?: Span };

interface Attribution {
  readonly speaker: string;
  readonly verb: string;
  readonly mention?: Span;
  readonly pronoun?: Span;
  readonly clauses: readonly Clause[];
}

/** Finds the speakers of a text's sentences among the entities its mentions name. */
class SpeakerReader {
  private readonly starts: number[];
  private readonly titleHolders = new Map<string, number[]>();
  private genders: Map<string, Gender> | undefined;
  /** The person who spoke last, if in the sentence or two before, and where that sentence ends: whom "he" or "she" stands for. */
  recentSpeaker: { speaker: string; since: number } | undefined;
  /** The body that spoke last, if in the sentence or two before: whom "it said" stands for when no body is named nearer. */
  recentBody: string | undefined;

  constructor(
    private readonly text: string,
    private readonly index: EntityIndex,
    private readonly mentions: readonly Mention[],
    private readonly inHeadline: (offset: number) => boolean,
    private readonly quotations: readonly DirectQuotation[],
  ) {
    this.starts = mentions.map((mention) => mention.start);
  }

  /** The attributions of one sentence, with the reported clauses of its indirect speech. */
  attributionsIn(unit: Span, quotations: readonly DirectQuotation[]): Attribution[] {
    const { text } = this;
    const inQuotation = (offset: number) => quotations.some((q) => offset >= q.start && offset < q.end);
    const attributions: Attribution[] = [];
    // A verb inside what an earlier attribution reports (", adding that…" and what follows it) is that speaker's.
    // Clauses come in order: only the last attribution's can hold a later verb.
    const consumed = (offset: number) => {
      const clauses = attributions[attributions.length - 1]?.clauses ?? [];
      return clauses.length > 0 && offset >= clauses[0]!.start && offset < clauses[clauses.length - 1]!.end;
    };
    const sentence = text.slice(unit.start, unit.end);
    // "Zelenskyy Says 31,000 Soldiers Killed": a headline's verb is capitalised and its clause is verbless.
    const headline = this.inHeadline(unit.start);
    const verbs = [...sentence.matchAll(VERB_PATTERN), ...(headline ? sentence.matchAll(HEADLINE_VERB_PATTERN) : [])];
    if (headline) verbs.sort((a, b) => a.index! - b.index!);
    for (const match of verbs) {
      const verbStart = unit.start + match.index!;
      const verbEnd = verbStart + match[0].length;
      if (inQuotation(verbStart)) continue;
      const verb = match[0].toLowerCase().replace(/\s+/g, ' ');
      // "said to be", "vowed to fight": an infinitive, no reported clause; but "says to stop the gatherings, the police
      // call on…" opens the clause with its purpose.
      if (
        /^\s+to\b/.test(text.slice(verbEnd, verbEnd + 4)) &&
        verb !== 'according to' &&
        !(
          /^sa(?:y|ys|id)$/.test(verb) &&
          !/\b(?:is|are|was|were|be|been|being)\s+$/.test(text.slice(Math.max(0, verbStart - 8), verbStart)) &&
          PURPOSE_BEFORE_CLAUSE.test(text.slice(verbEnd, unit.end))
        )
      )
        continue;
      // "over alleged discrimination", "the reported attack": a participle before a noun, no speech.
      if (
        /\b(?:over|of|for|into|about|on|in|by|the|an?|its|their|his|her)\s+$/i.test(
          text.slice(Math.max(0, verbStart - 8), verbStart),
        )
      )
        continue;
      // "declared a state of emergency", "announced a plan": a thing declared, no clause reported.
      if (THING_DECLARED_VERBS.has(verb) && /^\s+an?\s/.test(text.slice(verbEnd, verbEnd + 4))) continue;
      const lead = text.slice(Math.max(unit.start, verbStart - MAX_LEAD), verbStart);
      // "As VOA's Rosanne Skirble reports, …": the writer credits a report, no one is quoted.
      if (consumed(verbStart) || /(?:^|[,;]\s*)as\s+[^,;]*$/iu.test(lead)) continue;
      if (verb === 'according to') {
        const speaker = this.speakerAfter(verbEnd, unit) ?? this.pronounAfter(verbEnd);
        if (!speaker) continue;
        attributions.push({
          ...speaker,
          verb,
          clauses: this.accordingClause(unit, verbStart, speaker.end, quotations),
        });
        continue;
      }
      // ", adding that…", ", saying…": the participle's speaker is the sentence's.
      const participle = /ing$/.test(verb) && /,\s*(?:while\s+)?$/.test(lead);
      const named = participle
        ? (attributions[attributions.length - 1] ?? this.subjectAt(unit))
        : this.speakerBefore(verbStart, unit);
      // "…under Cook, said Barry Jaruzelski": the name after the verb speaks, the one before ends the clause.
      const endsClause =
        named?.mention !== undefined && !TELLING_VERBS.has(verb) && this.endsClauseBeforeVerb(named.mention, verbStart);
      const inverted = endsClause ? this.speakerAfter(verbEnd, unit) : undefined;
      // "…a “red flag” for the Pacific, says health expert": someone described, not named, speaks; not the name before.
      if (endsClause && !inverted && DESCRIBED_SPEAKER_AFTER.test(text.slice(verbEnd, verbEnd + 50))) continue;
      const before = inverted ? undefined : named;
      // "told Xinhua": whoever is named after a telling verb heard it.
      const after = before || TELLING_VERBS.has(verb) ? undefined : (inverted ?? this.speakerAfter(verbEnd, unit));
      const speaker = before ?? after;
      if (!speaker) continue;
      // "CLAUSE, X said." or "CLAUSE, said X." or "CLAUSE, X told The Moscow Times.": nothing is reported after the
      // attribution (and its hearer), so it is before.
      const reportedFrom = TELLING_VERBS.has(verb) ? this.afterHearer(verbEnd, unit) : verbEnd;
      const endsSentence =
        after !== undefined ||
        ENDS_SENTENCE.test(text.slice(reportedFrom, Math.max(reportedFrom, Math.min(unit.end, verbEnd + MAX_LEAD))));
      const clauses = NAMING_VERBS.has(verb)
        ? []
        : endsSentence
          ? this.clauseBefore(unit, after ? verbStart : (speaker.mention?.start ?? verbStart), quotations, verb)
          : this.withSubjectBefore(
              this.clausesAfter(verb, verbEnd, this.reachOf(unit, verbStart, verbEnd), quotations, headline),
              unit,
              verbStart,
              verbEnd,
            );
      attributions.push({ ...speaker, verb, clauses });
    }
    // "The Pope gave his reasons in a statement: "…"", "He accused the broadcaster of carelessness: "…"": a quotation after a colon is the subject's.
    if (attributions.length === 0 && quotations.length > 0) {
      const colon = /[:]\s*$/.exec(text.slice(unit.start, quotations[0]!.start));
      const lead = text.slice(unit.start, quotations[0]!.start);
      if (
        colon &&
        /\b(?:statement|said|says|wrote|told|declared|announced|added|accused|critici[sz]ed|blamed|urged|dismissed|rejected|defended|put\s+it)\b/i.test(
          lead,
        )
      ) {
        const subject = this.subjectAt(unit);
        if (subject) attributions.push({ ...subject, verb: 'statement', clauses: [] });
      }
    }
    return attributions;
  }

  /**
   * How far a clause after the verb may run: to the sentence end, or in a relative clause
   * ("Apple, whose chief X said he is ill, posted…") to the comma that closes it.
   */
  private reachOf(unit: Span, verbStart: number, verbEnd: number): Span {
    if (!/,\s+(?:whose|who|which)\s[^,;]*$/u.test(this.text.slice(unit.start, verbStart))) return unit;
    const comma = this.text.indexOf(',', verbEnd);
    return comma >= 0 && comma < unit.end ? { start: unit.start, end: comma } : unit;
  }

  /** The entity named just before the verb: "X said", "X, the minister, told", "X of Y said", "Y led by X says". */
  private speakerBefore(
    verbStart: number,
    unit: Span,
  ): { speaker: string; mention?: Span; pronoun?: Span } | undefined {
    const { text } = this;
    // "Maria Lopez, the mayor of Porto Alto, told": the name before the description.
    // Only the words just before the verb are read: a long sentence of many verbs costs no more than its length.
    const leadStart = Math.max(unit.start, verbStart - MAX_LEAD);
    const lead = text.slice(leadStart, verbStart);
    const appositive = APPOSITIVE_BEFORE_VERB.exec(lead);
    const described = appositive ? this.lastMentionEndingBy(leadStart + appositive.index) : -1;
    // Closed by a comma (", the mayor of Porto Alto, told") it describes whatever it follows; else only a person ("X, Unicef's spokesperson in Pakistan said").
    const byName =
      described >= 0 &&
      this.mentions[described]!.end === leadStart + appositive!.index &&
      (/,\s*(?:\p{L}+\s+)*$/u.test(appositive![0].slice(1)) || this.typeOf(this.mentions[described]!) === 'person');
    let at = byName ? described : this.lastMentionEndingBy(verbStart);
    // "Matus Sutaj Estok (Voice-SD) declared": the party in brackets is the speaker's, the name before it speaks.
    const party = at > 0 ? this.mentions[at]! : undefined;
    if (
      party &&
      this.text[party.end] === ')' &&
      this.mentions[at - 1]!.end === party.start - 2 &&
      this.text.slice(party.start - 2, party.start) === ' ('
    )
      at--;
    let mention = at >= 0 ? this.mentions[at]! : undefined;
    // "Supporters of Grigola Rogava, who was detained, said": the people around the one named speak, not that one.
    if (mention && PEOPLE_OF_BEFORE.test(text.slice(Math.max(unit.start, mention.start - 40), mention.start)))
      return undefined;
    const gapEnd = byName ? mention!.end : verbStart;
    // "The World Food Programme (WFP) said": the short name in brackets after the full one.
    const bracketed = mention !== undefined && this.inBracketsAfterOwnName(at) ? 1 : 0;
    if (
      mention &&
      mention.start >= unit.start &&
      BETWEEN_SPEAKER_AND_VERB.test(text.slice(mention.end + bracketed, gapEnd))
    ) {
      // "Jennifer Jackson of the Idaho Fish and Game Department said": the person, however the body's name was read.
      const member = this.typeOf(mention) === 'person' ? undefined : this.memberBefore(at, unit, gapEnd);
      if (member) return { speaker: member.entityIds[0]!, mention: { start: member.start, end: member.end } };
      // "Surono of Indonesia's Directorate of Vulcanology said": the person, not the body; "the MDC led by X says": the body.
      let walked = at;
      while (walked > 0) {
        const previous = this.mentions[walked - 1]!;
        const current = this.mentions[walked]!;
        if (previous.start < unit.start) break;
        const between = text.slice(previous.end, current.start);
        if (/^\s+(?:[\p{Ll}-]+\s+){0,2}(?:led|headed|run|chaired)\s+by\s+(?:the\s+)?$/u.test(between)) {
          mention = previous;
          break;
        }
        if (
          this.typeOf(current) === 'person' ||
          // ("Mayor Dean Mazzo in Leominster, …, urged": the person where they are.)
          (!/^(?:['’]s?)?\s+(?:of|at|for|from)\s+(?:the\s+)?$|^['’]s\s+$/u.test(between) &&
            !(this.typeOf(previous) === 'person' && this.typeOf(current) === 'place' && /^\s+in\s+$/u.test(between)))
        )
          break;
        walked--;
        if (this.typeOf(previous) === 'person') {
          mention = previous;
          break;
        }
      }
      // "Surono of the Directorate said", Surono known to no dictionary: someone else said it.
      const head = this.mentions[walked]!;
      if (
        this.typeOf(mention!) !== 'person' &&
        /\p{Lu}[\p{L}-]*\s+(?:of|at|from)\s+(?:the\s+)?$/u.test(text.slice(unit.start, head.start))
      )
        return undefined;
      // "The leader of a community … in Peru said": a place after a preposition ends a description; someone unnamed speaks.
      if (
        this.typeOf(mention!) === 'place' &&
        /\b(?:in|at|near|from)\s+(?:the\s+)?$/u.test(text.slice(unit.start, head.start))
      )
        return undefined;
      return { speaker: mention!.entityIds[0]!, mention: { start: mention!.start, end: mention!.end } };
    }
    // "Agustin Moreno of Peru's human rights office said": the person, before a body named in lower case.
    const member =
      mention && mention.start >= unit.start && this.typeOf(mention) !== 'person'
        ? this.memberBefore(at, unit, verbStart)
        : undefined;
    if (member) return { speaker: member.entityIds[0]!, mention: { start: member.start, end: member.end } };
    // "He, however, said": the aside BETWEEN_SPEAKER_AND_VERB allows after a name.
    const pronoun = PRONOUN_BEFORE_VERB.exec(lead);
    // "“…,” they said", "it said": the body named last, a group speaking as one; not "damage they say was caused", a clause inside a phrase.
    if (pronoun?.[1]!.toLowerCase() === 'they' || pronoun?.[1]!.toLowerCase() === 'it') {
      if (!/(?:^|[,;:”"’]|\.)\s*$/u.test(lead.slice(0, pronoun.index))) return undefined;
      const body = this.bodyBefore(leadStart + pronoun.index!) ?? this.recentBody;
      return body ? { speaker: body } : undefined;
    }
    if (pronoun && PRONOUNS.has(pronoun[1]!.toLowerCase())) {
      const start = leadStart + pronoun.index!;
      const person = this.pronounSpeaker(start, pronoun[1]!);
      return person ? { speaker: person, pronoun: { start, end: start + pronoun[1]!.length } } : undefined;
    }
    // "Ana Ruiz thanked the rescuers and said that…", "She expressed sympathy but warned that…": a second verb of the sentence's subject.
    if (COORDINATED_VERB.test(lead)) {
      const subject = this.subjectAt(unit);
      return subject && this.index.get(subject.speaker)?.type !== 'place' ? subject : undefined;
    }
    const title = TITLE_BEFORE_VERB.exec(lead);
    if (title) {
      const offset = leadStart + title.index!;
      const speaker =
        this.entityByNoun(title[3]!, offset, title[1]!, title[2]!) ??
        (HEAD_NOUNS.has(title[3]!.toLowerCase()) ? this.headOfBodyNamedIn(offset, verbStart) : undefined);
      return speaker ? { speaker } : undefined;
    }
    // "police said": the police force the text names.
    const police = /(?:^|[^\p{L}])(police)\s+$/iu.exec(lead);
    const force = police ? this.entityByTitle(police[1]!, verbStart) : undefined;
    return force ? { speaker: force } : undefined;
  }

  /** The person named, a few mentions before `at`, before "of" and a body's capitalised name running to `end`. */
  private memberBefore(at: number, unit: Span, end: number): Mention | undefined {
    for (let before = at - 1; before >= Math.max(0, at - 3); before--) {
      const mention = this.mentions[before]!;
      if (mention.start < unit.start) return undefined;
      if (this.typeOf(mention) === 'person' && MEMBER_OF_BODY.test(this.text.slice(mention.end, end))) return mention;
    }
    return undefined;
  }

  /**
   * Whether a name right before ", said" may end the reported clause rather than be its
   * speaker: "…under Cook, said X"; not a name set off by commas, "the envoy, Ana Ruiz, said".
   */
  private endsClauseBeforeVerb(mention: Span, verbStart: number): boolean {
    const { text } = this;
    return (
      /^\s*,\s*$/u.test(text.slice(mention.end, verbStart)) &&
      !/,\s*(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(text.slice(Math.max(0, mention.start - 60), mention.start))
    );
  }

  /** Whether the mention stands in brackets right after a mention of the same entity: "World Food Programme (WFP)". */
  private inBracketsAfterOwnName(at: number): boolean {
    const mention = this.mentions[at]!;
    const previous = this.mentions[at - 1];
    return (
      previous !== undefined &&
      previous.entityIds[0] === mention.entityIds[0] &&
      this.text.slice(previous.end, mention.start) === ' (' &&
      this.text[mention.end] === ')'
    );
  }

  /** The entity named just after the verb: "said Tolbert", "according to a report by the agency", "said the spokesman". */
  private speakerAfter(verbEnd: number, unit: Span): { speaker: string; mention?: Span; end: number } | undefined {
    let at = this.firstMentionStartingFrom(verbEnd);
    // "according to the Minister of Minerals, Energy and Water Resources, Kitso Mokaila, …": past the bodies the
    // office names, to the person named in apposition after it.
    for (let k = at; k < this.mentions.length && this.mentions[k]!.start < Math.min(unit.end, verbEnd + 120); k++) {
      if (this.namedAfterOffice(this.mentions[k]!, verbEnd)) {
        at = k;
        break;
      }
    }
    let mention = this.mentions[at];
    const gap = mention ? this.text.slice(verbEnd, mention.start) : '';
    // "said airport spokesman Jonathan Dean", "urged Village Board Chairman Tunde Bakare": a job, one the person holds.
    const job = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}([\p{L}-]+)\s+$/u.exec(gap);
    // "according to the area MP, Ngaka Ngaka, residents…", "according to the Minister of Minerals, Energy and Water
    // Resources, Kitso Mokaila, …": a person named in apposition after the office.
    const inApposition = mention !== undefined && this.namedAfterOffice(mention, verbEnd);
    if (
      mention &&
      mention.end <= unit.end &&
      (BEFORE_SPEAKER.test(gap) ||
        (job !== null && this.holdsTitle(mention, job[1]!)) ||
        (DESCRIBED_PERSON.test(gap) && !DOCUMENT_BEFORE.test(gap) && this.typeOf(mention) === 'person') ||
        inApposition)
    ) {
      // "said Northfield manager Rosa Delgado", "said Port Spokesman Daniel Okafor", "said Hanul's chief financial officer, Park Ji-hoon": the person.
      const next = this.mentions[at + 1];
      const title =
        next &&
        /^(?:['’]s?)?\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+),?\s+$/u.exec(this.text.slice(mention.end, next.start));
      if (
        title &&
        next.end <= unit.end &&
        this.typeOf(mention) !== 'person' &&
        this.typeOf(next) === 'person' &&
        (!/\p{Lu}/u.test(title[0]) || this.holdsTitle(next, title[2]!))
      )
        mention = next;
      return { speaker: mention.entityIds[0]!, mention: { start: mention.start, end: mention.end }, end: mention.end };
    }
    const title = /^\s+the\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{L}-]+)(?=\s*[.,;]|\s*$)/iu.exec(
      this.text.slice(verbEnd, unit.end),
    );
    if (title) {
      const speaker = this.entityByNoun(title[2]!, verbEnd, 'the', title[1]!);
      if (speaker) return { speaker, end: verbEnd + title[0].length };
    }
    return undefined;
  }

  /** Whether a person is named in apposition after an office written from `from`: "the area MP, Ngaka Ngaka, …". */
  private namedAfterOffice(mention: Mention, from: number): boolean {
    const office = this.text.slice(from, mention.start);
    return (
      this.typeOf(mention) === 'person' &&
      APPOSED_OFFICE_BEFORE.test(office) &&
      office.split(/[\s,]+/).some((word) => TITLE_WORDS.has(word.toLowerCase())) &&
      /^,\s/.test(this.text.slice(mention.end, mention.end + 2))
    );
  }

  /** "according to him": the person the pronoun stands for. */
  private pronounAfter(verbEnd: number): { speaker: string; end: number } | undefined {
    const pronoun = /^\s+(?:him|her)\b/iu.exec(this.text.slice(verbEnd, verbEnd + 8));
    const person = pronoun ? this.pronounSpeaker(verbEnd, pronoun[0].trim()) : undefined;
    return person ? { speaker: person, end: verbEnd + pronoun![0].length } : undefined;
  }

  /** The subject a sentence opens with: a name, maybe after its title ("Mayor Ana Ruiz"), "The Pope", or "She". */
  private subjectAt(unit: Span): { speaker: string; mention?: Span; pronoun?: Span } | undefined {
    const first = this.firstMentionStartingFrom(unit.start);
    let mention = this.mentions[first];
    if (mention && /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(this.text.slice(unit.start, mention.start))) {
      // "Ward II Councilman Sterling Wilder made…", "Harbour Authority chief Ana Ruiz": the person after the body's title.
      const next = this.mentions[first + 1];
      if (
        next &&
        this.typeOf(mention) !== 'person' &&
        this.typeOf(next) === 'person' &&
        // Between them, a title's words only ("Harbour Authority chief"): "Ukraine accused Vladimir Putin" is no title.
        /^(?:['’]s?)?\s+(?:(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]*(?:chief|head|director|spokes(?:man|woman|person)|secretary|minister|president|chair(?:man|woman)?|manager|executive|officer|official|leader|founder|editor|coach|captain|commander|governor|council(?:lor|man|woman)|deputy))\s+){1,3}$/u.test(
          this.text.slice(mention.end, next.start),
        )
      )
        mention = next;
      return { speaker: mention.entityIds[0]!, mention: { start: mention.start, end: mention.end } };
    }
    const pronoun = /^(?:he|she|it)\b/iu.exec(this.text.slice(unit.start, unit.start + 4));
    if (pronoun) {
      // "It did not give details but said…": the body named last.
      if (/^it$/i.test(pronoun[0])) {
        const body = this.bodyBefore(unit.start);
        return body ? { speaker: body } : undefined;
      }
      const person = this.pronounSpeaker(unit.start, pronoun[0]);
      return person
        ? { speaker: person, pronoun: { start: unit.start, end: unit.start + pronoun[0].length } }
        : undefined;
    }
    const title = /^the\s+([\p{L}-]+)\b/iu.exec(this.text.slice(unit.start, unit.end));
    const speaker = title ? this.entityByNoun(title[1]!, unit.start, 'the') : undefined;
    return speaker ? { speaker } : undefined;
  }

  /**
   * The entity a noun before or after a verb stands for: one whose title or name has it; else,
   * for "the agency" or "the group", the organisation named just before; and for "the minister"
   * or "the spokesman" whom no role names so, the person who spoke in the sentence or two before.
   */
  private entityByNoun(word: string, offset: number, article: string, modifiers = ''): string | undefined {
    const titled = this.entityByTitle(word, offset);
    if (titled || article.toLowerCase() !== 'the') return titled;
    const noun = word.toLowerCase();
    if (BODY_NOUNS.has(noun)) return this.bodyBefore(offset);
    const recent = this.recentSpeaker?.speaker;
    const roles = recent === undefined ? [] : (this.index.get(recent)?.roles ?? []);
    // Only a speaker whose roles say nothing else: "the president said" is not the finance minister who spoke last.
    if (OFFICE_NOUNS.has(noun))
      return roles.length === 0 || roles.some((role) => wordsOf(role.title).includes(noun)) ? recent : undefined;
    // "“…,” the mining official said" after the head of the mining agency, "the unionist warned" after the union's
    // leader: a description of a person sharing a word's stem with the role of the person quoted just before, or any
    // when no role is known.
    const described = wordsOf(`${modifiers} ${word}`).filter((written) => written.length >= 4);
    const fits =
      roles.some((role) =>
        wordsOf(role.title).some((roleWord) => described.some((written) => sharesStem(written, roleWord))),
      ) ||
      (roles.length === 0 && PERSON_NOUNS.has(noun));
    return fits && this.index.get(recent!)?.type === 'person' ? recent : undefined;
  }

  /**
   * The entity a title stands for ("the governor", "the directorate", "the Pope"): one whose
   * role or name has the word, named nearest before (else nearest after) `offset`.
   */
  private entityByTitle(word: string, offset: number): string | undefined {
    const head = word.toLowerCase();
    if (head.length < 3) return undefined;
    const holders = this.mentionsOfTitle(head);
    if (holders.length === 0) return undefined;
    // The nearest holder named before and the nearest after, found by binary search over their mentions.
    let low = 0;
    let high = holders.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentions[holders[middle]!]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    const before = low > 0 ? this.mentions[holders[low - 1]!] : undefined;
    const after = low < holders.length ? this.mentions[holders[low]!] : undefined;
    // Named before the title is nearer than named as far after it: the next sentence often names whom a title stood for.
    const distanceBefore = before ? offset - before.end : Infinity;
    const distanceAfter = after ? Math.max(0, after.start - offset) * 1.5 : Infinity;
    return (distanceBefore <= distanceAfter ? before : after)?.entityIds[0];
  }

  /** Whether the mention is of a person whose office the word names: "spokesman" for the "airport spokesman". */
  private holdsTitle(mention: Mention, word: string): boolean {
    const entity = this.index.get(mention.entityIds[0]!);
    const head = word.toLowerCase();
    return (
      entity?.type === 'person' &&
      (OFFICE_NOUNS.has(head) || entity.roles.some((role) => wordsOf(officeOf(role.title)).includes(head)))
    );
  }

  /** The mentions (by index, in order) of entities whose role or name has the word, read once per word. */
  private mentionsOfTitle(head: string): readonly number[] {
    let holders = this.titleHolders.get(head);
    if (holders) return holders;
    const fits = (entity: IndexedEntity | undefined) =>
      entity !== undefined &&
      // A role's office, not the body it names: "the bank" is the Central Bank, not its "Governor of the Central Bank".
      (entity.roles.some((role) => wordsOf(officeOf(role.title)).includes(head)) ||
        (entity.type === 'organization' && wordsOf(entity.name).includes(head)) ||
        (entity.type === 'person' && wordsOf(entity.name)[0] === head));
    const fitting = new Map<string, boolean>();
    holders = [];
    this.mentions.forEach((mention, at) => {
      const id = mention.entityIds[0]!;
      if (!fitting.has(id)) fitting.set(id, fits(this.index.get(id)));
      if (fitting.get(id)) holders!.push(at);
    });
    this.titleHolders.set(head, holders);
    return holders;
  }

  /**
   * Whom "he" or "she" at `offset` stands for: a person who opens a sentence since the last
   * speaker, or in the sentence or two before (the subject goes on: "President Valdivia was quick
   * to answer Mayor Li. She warned…"); else the person who spoke last; else the last person named.
   */
  private pronounSpeaker(offset: number, pronoun: string): string | undefined {
    const gender = genderOf(pronoun);
    // Never one the text calls by the other pronoun: "she said" is not the man named last.
    const fits = (id: string) => {
      const known = this.genderOfPerson(id);
      return known === undefined || known === gender;
    };
    const recent = this.recentSpeaker;
    // With no one quoted before, the subject of the sentence or paragraph before, however long it runs ("Mesa, who took
    // office after protests forced President X out, urged… ¶ “…,” he said").
    const since = recent?.since ?? offset - 2 * MAX_LEAD;
    for (let at = this.lastMentionEndingBy(offset); at >= 0 && this.mentions[at]!.start >= since; at--) {
      const mention = this.mentions[at]!;
      if (
        mention.end < offset &&
        this.typeOf(mention) === 'person' &&
        fits(mention.entityIds[0]!) &&
        SENTENCE_OPENING.test(this.text.slice(Math.max(0, mention.start - 60), mention.start))
      )
        return mention.entityIds[0]!;
    }
    return recent && fits(recent.speaker) ? recent.speaker : this.personBefore(offset, fits);
  }

  /**
   * Whether the text calls the person "he" or "she": by a title before a name ("Mrs", "Mr"), an
   * office ("spokeswoman"), or the pronoun a sentence uses after naming only them ("Ana Ruiz
   * said she…"); undefined where it does not say, or says both.
   */
  private genderOfPerson(id: string): Gender | undefined {
    if (!this.genders) this.genders = this.readGenders();
    return this.genders.get(id);
  }

  private readGenders(): Map<string, Gender> {
    const { text } = this;
    const votes = new Map<string, Set<Gender>>();
    const vote = (id: string, gender: Gender | undefined) => {
      if (gender) votes.set(id, (votes.get(id) ?? new Set()).add(gender));
    };
    const inQuotation = (offset: number) => this.quotations.some((q) => offset >= q.start && offset < q.end);
    this.mentions.forEach((mention, at) => {
      const id = mention.entityIds[0]!;
      const entity = this.index.get(id);
      if (entity?.type !== 'person') return;
      const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, mention.start - 12), mention.start));
      if (honorific) vote(id, /^(?:Mr|Sir|Lord)/.test(honorific[1]!) ? 'he' : 'she');
      for (const role of entity.roles) vote(id, genderOfOffice(role.title));
      // The sentence after the name, up to the next person named: its first pronoun outside quotation marks; not after
      // "Along with Sutaj Estok, she…", where the name stands beside the subject.
      if (BESIDE_SUBJECT.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return;
      let stop = Math.min(text.length, mention.end + MAX_LEAD);
      for (let after = at + 1; after < this.mentions.length && this.mentions[after]!.start < stop; after++)
        if (this.typeOf(this.mentions[after]!) === 'person') stop = this.mentions[after]!.start;
      const rest = text.slice(mention.end, stop);
      const sentenceEnd = /[.!?]["”’]?(?:\s|$)/.exec(rest)?.index ?? rest.length;
      // Up to an office named in lower case ("…said, regretting that the secretary of state did not say whether she…"):
      // an unnamed person the pronoun may stand for.
      const sentence = rest.slice(0, sentenceEnd);
      const office = [...sentence.matchAll(UNNAMED_OFFICE)].find((found) => TITLE_WORDS.has(found[1]!))?.index;
      // Not "him" or "her": an object is as often someone else ("Veit thanked her").
      for (const match of sentence.slice(0, office).matchAll(/\b(?:he|his|she)\b/giu)) {
        if (inQuotation(mention.end + match.index!)) continue;
        vote(id, genderOf(match[0]));
        break;
      }
    });
    const genders = new Map<string, Gender>();
    for (const [id, said] of votes) if (said.size === 1) genders.set(id, [...said][0]!);
    return genders;
  }

  /**
   * "the UAW chief said": the person whose role is in the body named between `start` and `end`,
   * named nearest before (else first after); none where no one or several are.
   */
  private headOfBodyNamedIn(start: number, end: number): string | undefined {
    const bodies = this.mentions.filter(
      (mention) => mention.start >= start && mention.end <= end && this.typeOf(mention) === 'organization',
    );
    if (bodies.length !== 1) return undefined;
    const body = this.index.get(bodies[0]!.entityIds[0]!)!;
    const bodyNames = [body.name, ...body.aliases.map((alias) => alias.text)].map((name) => foldName(name));
    const heads = new Set(
      this.mentions
        .filter((mention) => this.typeOf(mention) === 'person')
        .map((mention) => mention.entityIds[0]!)
        .filter((id) =>
          this.index
            .get(id)!
            .roles.some((role) => bodyNames.some((name) => ` ${foldName(role.title)} `.includes(` ${name} `))),
        ),
    );
    return heads.size === 1 ? [...heads][0] : undefined;
  }

  /** The last organisation named before `offset`, in the sentence or two before. */
  private bodyBefore(offset: number): string | undefined {
    for (let at = this.lastMentionEndingBy(offset); at >= 0 && offset - this.mentions[at]!.end <= MAX_LEAD; at--)
      if (this.typeOf(this.mentions[at]!) === 'organization') return this.mentions[at]!.entityIds[0]!;
    return undefined;
  }

  /** The last person named before `offset` who is not the hearer of a "told". */
  private personBefore(offset: number, fits: (id: string) => boolean): string | undefined {
    for (let at = this.lastMentionEndingBy(offset); at >= 0; at--) {
      const mention = this.mentions[at]!;
      if (this.typeOf(mention) !== 'person' || !fits(mention.entityIds[0]!)) continue;
      // A quotation names others than its speaker ("…the convoy of Bello approaching…," he said).
      if (this.quotations.some((quotation) => mention.start >= quotation.start && mention.start < quotation.end))
        continue;
      if (
        /\b(?:reporter|correspondent|told|tells|to|by|with)\s+$/i.test(
          this.text.slice(Math.max(0, mention.start - 14), mention.start),
        )
      )
        continue;
      return mention.entityIds[0]!;
    }
    return undefined;
  }

  /** "The government, she said, has…": the first clause after an attribution set off by commas takes the words before it as its subject. */
  private withSubjectBefore(clauses: Clause[], unit: Span, verbStart: number, verbEnd: number): Clause[] {
    const [first, ...rest] = clauses;
    const after = /^\s*,\s*(?=\p{Ll})/u.exec(this.text.slice(verbEnd, verbEnd + 8));
    if (!first || !after || first.start !== verbEnd + after[0].length) return clauses;
    const subject = /^([^,;:"“”]*?\p{L}),\s+(?:[\p{L}.'’-]+\s+){1,4}$/u.exec(this.text.slice(unit.start, verbStart));
    return subject
      ? [{ ...first, subject: { start: unit.start, end: unit.start + subject[1]!.length } }, ...rest]
      : clauses;
  }

  /** What follows the verb up to the sentence end, without its hearer or "that": "X told Y (that) CLAUSE". */
  private clausesAfter(
    verb: string,
    verbEnd: number,
    unit: Span,
    quotations: readonly DirectQuotation[],
    headline: boolean,
  ): (Span & { verb: string })[] {
    const { text } = this;
    let start = verbEnd;
    let reportedThat = false;
    // Only as far as the longest clause: a sentence of many verbs is read near each one.
    const window = (from: number) => text.slice(from, Math.min(unit.end, from + MAX_CLAUSE));
    const rest = window(verbEnd);
    // "said (in a statement) that", "told reporter X of Y that": "that" only where the clause begins
    // (in "said the cyclone that hit…" it opens a relative clause inside the reported one).
    const that = /^\s*(?!(?:the|a|an|his|her|its|their|this|these|those)\s)(?:[\p{L}'’-]+\s+){0,4}?that\s+/u.exec(rest);
    if (TELLING_VERBS.has(verb)) {
      start = this.afterHearer(verbEnd, unit);
      // "told State House correspondents on Wednesday in Abuja that…": the clause begins after "that".
      // "told Telemundo, NBC's Spanish-language network, that…": the hearer's description too.
      // Not ", adding that…": a participle's clause is read as its own.
      // Not past another clause: "told the Star, then went home, and aides said later that…".
      const told = /^,?\s*(?:(?!\p{Ll}+ing\b|and\b|then\b|said\b|says\b)[\p{L}'’-]+,?\s+){0,8}?that\s+/u.exec(
        window(start),
      );
      if (told) {
        start += told[0].length;
        reportedThat = true;
      }
      // Without "that", what follows the hearer is a clause only if it has a verb: not "told Xinhua, adding", "told reporters shortly after midnight".
      else if (/^[,;:(]/.test(window(start)) || !CLAUSE_VERB.test(window(start).split(/[,;]/)[0]!)) return [];
    } else if (that) {
      start = verbEnd + that[0].length;
      reportedThat = true;
    } else start = verbEnd + WHEN_OR_HOW_BEFORE_CLAUSE.exec(rest)![0].length;
    const clause = window(start);
    // "he added, referring to the aircraft", "he said, citing reports", "Cooper said, as quoted by ISL's website": a
    // participle's phrase, not what was said.
    if (!reportedThat && /^,\s*(?:\p{Ll}+ing|as\s+\p{Ll}+ed)\b/u.test(clause)) return [];
    // A quotation right after the verb ("said, "…"") is direct speech, not a clause; after "that" and
    // with the sentence going on past it ("told X that "we ran" when…"), a clause that quotes.
    const quoted = quotations.find((q) => q.start <= start + 2 && start < q.end);
    const quotesInClause =
      reportedThat && quoted !== undefined && quoted.start >= start && /\p{L}/u.test(text.slice(quoted.end, unit.end));
    // "said in an e-mail disclosed yesterday, "…"": a lead-in before a comma, then the direct speech.
    if (
      !quotesInClause &&
      (/^[,:]?\s*["“«]/.test(clause) ||
        /^[^,;:"“”«»]{0,80},\s*["“«]/u.test(clause) ||
        (quoted !== undefined && quoted.start <= start))
    )
      return [];
    // "said this on Tuesday", "declared a state of emergency": an object, not a reported clause.
    if (OBJECT_NOT_CLAUSE.test(clause) || (!reportedThat && !headline && !CLAUSE_VERB.test(clause))) return [];
    return splitClause(text, start, unit.end, verb);
  }

  /** After "told": past the hearer's name and the words that describe them. */
  private afterHearer(verbEnd: number, unit: Span): number {
    let at = verbEnd;
    for (;;) {
      const spaces = /^\s*/.exec(this.text.slice(at))![0].length;
      at += spaces;
      const article = /^the\s+/i.exec(this.text.slice(at))?.[0].length ?? 0;
      const mention = this.mentions[this.firstMentionStartingFrom(at)];
      if (mention && mention.start === at + article && mention.end <= unit.end) {
        at = mention.end + (/^['’]s?/.exec(this.text.slice(mention.end))?.[0].length ?? 0);
        continue;
      }
      const word = /^[\p{L}'’]+/u.exec(this.text.slice(at, unit.end))?.[0];
      if (
        word &&
        (HEARERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) &&
        !/^(?:The|A|An|He|She|It|They|We|I)$/.test(word)
      ) {
        at += word.length;
        continue;
      }
      return at;
    }
  }

  /** "CLAUSE, X said.": the sentence up to the comma before the speaker, unless a quotation fills it. */
  private clauseBefore(
    unit: Span,
    attributionStart: number,
    quotations: readonly DirectQuotation[],
    verb: string,
  ): (Span & { verb: string })[] {
    let comma = this.text.lastIndexOf(',', attributionStart);
    // "…, Communications, Works and Transport Minister X said": the commas of a title's portfolios are inside the attribution.
    while (TITLE_LIST_AFTER_COMMA.test(this.text.slice(comma, attributionStart))) {
      const listed = this.text.lastIndexOf(',', comma - 1);
      if (listed <= unit.start || !/^,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.test(this.text.slice(listed, comma)))
        break;
      comma = listed;
    }
    // A quotation before the attribution ("“…,” he added") is direct speech, not a clause.
    if (
      comma <= unit.start ||
      quotations.some((q) => (q.end >= comma - 2 && q.start <= unit.start + 2) || (q.start < comma && comma < q.end))
    )
      return [];
    return splitClause(this.text, unit.start, comma, verb);
  }

  /** "According to X, CLAUSE." or "CLAUSE, according to X." */
  private accordingClause(
    unit: Span,
    verbStart: number,
    speakerEnd: number,
    quotations: readonly DirectQuotation[],
  ): (Span & { verb: string })[] {
    const { text } = this;
    // "According to X, CLAUSE", after a dateline too, or after a conjunction ("…, but according to X, CLAUSE").
    const lead = text.slice(Math.min(pastDateline(text, unit.start, unit.end), verbStart), verbStart);
    if (/^\s*$|\b(?:but|and|yet|while|whereas)\s+$/iu.test(lead)) {
      const comma = /^[^,]*,\s*/.exec(text.slice(speakerEnd, unit.end));
      return comma ? splitClause(text, speakerEnd + comma[0].length, unit.end, 'according to') : [];
    }
    const comma = text.lastIndexOf(',', verbStart);
    if (comma <= unit.start || quotations.some((q) => q.start <= unit.start + 2 && q.end >= comma - 2)) return [];
    return splitClause(text, unit.start, comma, 'according to');
  }

  private typeOf(mention: Mention): string | undefined {
    return this.index.get(mention.entityIds[0]!)?.type;
  }

  private lastMentionEndingBy(offset: number): number {
    let at = this.firstMentionStartingFrom(offset) - 1;
    while (at >= 0 && this.mentions[at]!.end > offset) at--;
    return at;
  }

  private firstMentionStartingFrom(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * A reported clause, trimmed of its closing punctuation and of what the writer adds
 * (", contrary to…", ", according to…"); ", adding that…" or ", pointing out that…" starts a second clause.
 */
function splitClause(text: string, start: number, end: number, verb: string): (Span & { verb: string })[] {
  // Longer than any sentence: no clause of reported speech, and not read word by word for every verb of it.
  if (end - start > MAX_CLAUSE) return [];
  const clause = text.slice(start, end);
  const adding = /(?:[,;]\s+|\s+and\s+)(adding|saying|insisting|noting|stressing|pointing\s+out)\s+(?:that\s+)?/iu.exec(
    clause,
  );
  if (adding) {
    return [
      ...splitClause(text, start, start + adding.index, verb),
      ...splitClause(text, start + adding.index + adding[0].length, end, adding[1]!.toLowerCase().replace(/\s+/, ' ')),
    ];
  }
  // The clause ends where an aside begins, or a second report ("…, but Ana Ruiz, a union spokeswoman, said…").
  const aside =
    /,\s+(?:contrary\s+to|according\s+to|despite\s+(?:the\s+)?fact|as\s+(?:\p{L}+\s+){0,3}(?:said|says|reported)|while|whereas|and\s+\p{Ll}+ed\s|but(?=\s[^.;!?]{0,160}\b(?:said|says|told|tells|added|warned|argued|insisted)\b))\b/iu.exec(
      clause,
    );
  let stop = aside ? start + aside.index : end;
  while (stop > start && /[\s.,;:!?—–-]/.test(text[stop - 1]!)) stop--;
  let from = start;
  while (from < stop && /[\s,]/.test(text[from]!)) from++;
  const words = text
    .slice(from, stop)
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  return words.length >= 3 ? [{ start: from, end: stop, verb }] : [];
}

/** A role's office without the body it names: "governor" of "Governor of the Central Bank". */
function officeOf(title: string): string {
  return title.split(/\s+(?:of|at|for|in)\s+/i)[0]!;
}

type Gender = 'he' | 'she';

/** A title before a name that says whether the text calls the person "he" or "she". */
/** A person named by an office in lower case: "the secretary of state", "a deputy minister". */
const UNNAMED_OFFICE = /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b/gu;
/** Words that set a name beside a sentence's subject rather than make it the subject: "Along with X, she said". */
const BESIDE_SUBJECT = /\b(?:along\s+with|together\s+with|alongside|like|unlike|besides|with)\s+$/iu;
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$/u;
const FEMININE_OFFICE =
  /\b(?:(?:spokes|chair|congress|business|council|police|anchor|sports)woman|queen|princess|duchess|countess|baroness|actress|mother|wife|daughter|sister|widow)\b/iu;
const MASCULINE_OFFICE =
  /\b(?:(?:spokes|chair|congress|business|council|police|anchor|sports)man|king|prince|duke|baron|actor|father|husband|son|brother|widower)\b/iu;

function genderOf(pronoun: string): Gender {
  return /^(?:he|him|his)$/iu.test(pronoun) ? 'he' : 'she';
}

function genderOfOffice(title: string): Gender | undefined {
  if (FEMININE_OFFICE.test(title)) return 'she';
  return MASCULINE_OFFICE.test(title) ? 'he' : undefined;
}

/** "union" and "unionist", "mining" and "mining": one word, or one the other opens, of five letters or more. */
function sharesStem(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}
