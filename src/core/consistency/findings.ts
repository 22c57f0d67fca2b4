/** What the consistency checker reports, and how it can be tuned. */

export const RULES = [
  'name-variant',
  'inconsistent-name',
  'first-reference',
  'house-style',
  'particle-case',
  'title-conflict',
  'acronym-first-use',
] as const;
export type RuleId = (typeof RULES)[number];

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** How names are written on first and later reference. */
export const HOUSE_STYLES = {
  /** "Bashar al-Assad", then "Assad". */
  reuters: { fullKeepsParticle: true, laterKeepsParticle: false },
  /** "Bashar Assad", then "Assad": the Arabic article is dropped. */
  ap: { fullKeepsParticle: false, laterKeepsParticle: false },
  /** "Bashar al-Assad", then "al-Assad": the article stays on later references. */
  scholarly: { fullKeepsParticle: true, laterKeepsParticle: true },
} as const;
export type HouseStyle = keyof typeof HOUSE_STYLES;

export interface CheckOptions {
  readonly houseStyle: HouseStyle;
  /** Per-rule severity or 'off'; rules not named use their defaults. */
  readonly rules: Partial<Record<RuleId, RuleSetting>>;
  /** "al-" lower-case mid-sentence and capitalised at a sentence start, or lower-case everywhere. */
  readonly particleCase: 'sentence' | 'always-lower';
  /** Acronyms readers know without the spelled-out name on first use. */
  readonly knownAcronyms: readonly string[];
  /** Spellings the writer chose to keep in this file, by rule. */
  readonly ignored?: readonly { rule: RuleId; text: string }[];
}

export const DEFAULT_RULE_SEVERITIES: Record<RuleId, RuleSetting> = {
  'name-variant': 'warning',
  'inconsistent-name': 'warning',
  'first-reference': 'warning',
  'house-style': 'info',
  'particle-case': 'warning',
  'title-conflict': 'warning',
  'acronym-first-use': 'warning',
};

export const DEFAULT_KNOWN_ACRONYMS = [
  'US',
  'U.S.',
  'UK',
  'UN',
  'EU',
  'NATO',
  'USA',
  'UAE',
  'BBC',
  'CNN',
  'FBI',
  'CIA',
  'IMF',
  'WHO',
  'AP',
  'AFP',
];

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  houseStyle: 'reuters',
  rules: {},
  particleCase: 'sentence',
  knownAcronyms: DEFAULT_KNOWN_ACRONYMS,
};

/** One inconsistency: where, what is written, what it should be, and why. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  /** UTF-16 offsets of exactly the text a fix replaces. */
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** The replacement, or null where there is none to offer (or inside a quotation). */
  readonly suggestion: string | null;
  readonly entity: string | null;
}

/** A finding before severity, quotations and suppressions are applied. */
export type RawFinding = Omit<Finding, 'severity'>;
