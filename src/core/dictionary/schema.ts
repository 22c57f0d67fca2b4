/**
 * The entity dictionary as the core sees it once validated. `entities/schema.json`
 * describes the same shape for editors (completion and errors while editing a
 * `*.entities.json`); a unit test keeps the two in step.
 */

export const ENTITY_TYPES = ['person', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const DATE_PRECISIONS = ['year', 'month', 'part-of-month', 'day', 'part-of-day', 'hour', 'minute'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Where a dictionary's facts come from. */
export type DateGuessed = 'date' | 'year';

export interface SourceInfo {
  readonly title: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  /**
   * What of `date` the article does not give, so the builder guessed it: "date" (no date at all: it is the
   * file's) or "year" (a day and a month only). Relative dates in the article ("on Saturday") are placed
   * against the guess, and drafts are compared with them only as far as the article dates them.
   */
  readonly dateGuessed?: DateGuessed;
  readonly publisher?: string;
  readonly url?: string;
  /** The article's file, relative to the dictionary. */
  readonly file?: string;
}

/** A name an entity goes by in drafts. */
export interface Alias {
  readonly text: string;
  /** Match only as written (acronyms, names that are also ordinary words). */
  readonly matchCase: boolean;
}

export interface Role {
  readonly title: string;
  /** The sentence of the article that states it. */
  readonly source?: string;
  readonly sources?: readonly FactSource[];
}

export interface Relation {
  readonly type: RelationType;
  /** The id of the related entity. */
  readonly target: string;
  /** A more precise wording than the type's own noun ("maternal cousin", "Foreign Minister"). */
  readonly title?: string;
  readonly source?: string;
  readonly sources?: readonly FactSource[];
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly Alias[];
  readonly roles: readonly Role[];
  readonly relations: readonly Relation[];
  /** Names of others that look like this entity's ("Riad Asaad" for Bashar al-Assad): never its variants. */
  readonly notVariants: readonly string[];
  readonly description?: string;
  /** A Wikidata item id such as Q44329. */
  readonly wikidata?: string;
}

export interface DatedEvent {
  /** ISO 8601 prefix: `2024`, `2024-11`, `2024-12-08`, `2024-12-07T22:30`. */
  readonly date: string;
  /** Last day of a span, same form as `date`. */
  readonly end?: string;
  readonly precision: DatePrecision;
  /** Words that narrow a part of a month or day: "late", "early", "dawn", "night". */
  readonly qualifier?: string;
  readonly text: string;
  readonly entities: readonly string[];
  readonly source?: string;
  readonly sources?: readonly FactSource[];
}

export interface Dictionary {
  /** Where the dictionary was read from (a path or URI), for messages. */
  readonly file: string;
  readonly source?: SourceInfo;
  readonly entities: readonly Entity[];
  readonly events: readonly DatedEvent[];
  /** What the source says its entities said; absent in dictionaries made before quotations were recorded. */
  readonly quotations?: readonly Quotation[];
  /** Shipped defaults (the bundled dictionaries): other dictionaries may redefine their entries without a warning. */
  readonly overridable?: boolean;
  readonly figures?: readonly FigureFact[];
  readonly disagreements?: readonly Disagreement[];
}

/**
 * How each relation reads. On the card of the entity that holds it: "brother of Bashar
 * al-Assad" (noun, preposition, target). On the target's card: "brother: Maher al-Assad".
 * `inverse` is the relation seen from the target, for reasoning about the pair.
 */
export const RELATION_TYPES = {
  parent: { noun: 'parent', preposition: 'of', inverse: 'child' },
  child: { noun: 'child', preposition: 'of', inverse: 'parent' },
  father: { noun: 'father', preposition: 'of', inverse: 'child' },
  mother: { noun: 'mother', preposition: 'of', inverse: 'child' },
  son: { noun: 'son', preposition: 'of', inverse: 'parent' },
  daughter: { noun: 'daughter', preposition: 'of', inverse: 'parent' },
  sibling: { noun: 'sibling', preposition: 'of', inverse: 'sibling' },
  brother: { noun: 'brother', preposition: 'of', inverse: 'sibling' },
  sister: { noun: 'sister', preposition: 'of', inverse: 'sibling' },
  spouse: { noun: 'spouse', preposition: 'of', inverse: 'spouse' },
  wife: { noun: 'wife', preposition: 'of', inverse: 'spouse' },
  husband: { noun: 'husband', preposition: 'of', inverse: 'spouse' },
  cousin: { noun: 'cousin', preposition: 'of', inverse: 'cousin' },
  relative: { noun: 'relative', preposition: 'of', inverse: 'relative' },
  adviser: { noun: 'adviser', preposition: 'to', inverse: 'advisee' },
  advisee: { noun: 'advisee', preposition: 'of', inverse: 'adviser' },
  subordinate: { noun: 'official', preposition: 'under', inverse: 'superior' },
  superior: { noun: 'superior', preposition: 'of', inverse: 'subordinate' },
  official: { noun: 'official', preposition: 'of', inverse: 'employer' },
  employer: { noun: 'employer', preposition: 'of', inverse: 'official' },
  spokesperson: { noun: 'spokesperson', preposition: 'for', inverse: 'represented-by' },
  'represented-by': { noun: 'represented by', preposition: '', inverse: 'spokesperson' },
  leader: { noun: 'leader', preposition: 'of', inverse: 'led-by' },
  'led-by': { noun: 'led by', preposition: '', inverse: 'leader' },
  commander: { noun: 'commander', preposition: 'of', inverse: 'commanded-by' },
  'commanded-by': { noun: 'commanded by', preposition: '', inverse: 'commander' },
  member: { noun: 'member', preposition: 'of', inverse: 'has-member' },
  'has-member': { noun: 'has member', preposition: '', inverse: 'member' },
  ally: { noun: 'ally', preposition: 'of', inverse: 'ally' },
  'located-in': { noun: 'located', preposition: 'in', inverse: 'contains' },
  contains: { noun: 'contains', preposition: '', inverse: 'located-in' },
  'operated-by': { noun: 'operated', preposition: 'by', inverse: 'operates' },
  operates: { noun: 'operates', preposition: '', inverse: 'operated-by' },
  'part-of': { noun: 'part', preposition: 'of', inverse: 'has-part' },
  'has-part': { noun: 'has part', preposition: '', inverse: 'part-of' },
} as const satisfies Record<string, { noun: string; preposition: string; inverse: string }>;

export type RelationType = keyof typeof RELATION_TYPES;

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

export const QUOTATION_KINDS = ['direct', 'indirect'] as const;
export type QuotationKind = (typeof QUOTATION_KINDS)[number];

/** Something the source says an entity said: its words in quotation marks, or reported. */
export interface Quotation {
  /** The id of the entity who said it. */
  readonly speaker: string;
  /** The word that reports it: "said", "told", "according to". */
  readonly verb?: string;
  readonly kind: QuotationKind;
  /** The words, without quotation marks. */
  readonly text: string;
  /** The sentence of the article that holds it. */
  readonly source?: string;
  /** Where the words stand in the article (UTF-16 offsets). */
  readonly start?: number;
  readonly end?: number;
  /** In a story of several articles, each article that quotes it. */
  readonly sources?: readonly FactSource[];
}

// Figures and several sources for one story (issue #19, items 4 and 5).

/** One article that states a fact: its file and the sentence, with the sentence's offsets in that file when known. */
export interface FactSource {
  readonly file: string;
  readonly sentence: string;
  readonly start?: number;
  readonly end?: number;
}

export const FIGURE_HEDGES = ['exact', 'about', 'below', 'above', 'at-least', 'at-most'] as const;

/** A figure an article gives ("death toll topped 28,000", "a 24-year rule", "$59.5 billion"). */
export interface FigureFact {
  /** As written: "more than 28,000". */
  readonly text: string;
  readonly value: number;
  /** The top of a range ("10-12"). */
  readonly upTo?: number;
  /** "$", "%", "year"…; absent when it counts things. */
  readonly unit?: string;
  /** What it counts, singular: "person", "rule". */
  readonly counts?: string;
  readonly hedge: (typeof FIGURE_HEDGES)[number];
  /** The entities its sentence names. */
  readonly entities: readonly string[];
  /** The sentence that states it. */
  readonly source: string;
  /** Every article of the story that states it, where a dictionary was built from several. */
  readonly sources?: readonly FactSource[];
}

export const DISAGREEMENT_KINDS = ['date', 'figure', 'title', 'spelling'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** Where the sources of a story disagree: each value with the sources that give it, none chosen. */
export interface Disagreement {
  readonly kind: DisagreementKind;
  /** What they disagree about: an event, a quantity, a person. */
  readonly subject: string;
  readonly entity?: string;
  readonly claims: readonly { readonly value: string; readonly sources: readonly FactSource[] }[];
}
