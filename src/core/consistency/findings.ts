/** What a draft is checked for (the name checks and the timeline's), and how it can be tuned. */

export const RULES = [
  'name-variant',
  'other-script',
  'inconsistent-name',
  'first-reference',
  'house-style',
  'particle-case',
  'title-conflict',
  'acronym-first-use',
  'timeline-conflict',
  'misquote',
  'misattributed-quote',
  'unsourced-quote',
  'figure-conflict',
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
  /** How quotations are checked against the sources; the defaults where absent. */
  readonly quotes?: QuoteOptions;
  /** Spellings the writer chose to keep in this file, by rule. */
  readonly ignored?: readonly { rule: RuleId; text: string }[];
}

export interface QuoteOptions {
  /** Report quotations no source has (the reporter's own interviews then need a suppression comment). */
  readonly strict: boolean;
  /** The house style lets "…" or "..." stand for words left out of a quotation. */
  readonly allowEllipsis: boolean;
}

export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = { strict: false, allowEllipsis: true };

/** Rules about quotations themselves: their findings inside a quotation are not toned down as others are. */
export const QUOTATION_RULES: ReadonlySet<RuleId> = new Set(['misquote', 'misattributed-quote', 'unsourced-quote']);

export const DEFAULT_RULE_SEVERITIES: Record<RuleId, RuleSetting> = {
  'name-variant': 'warning',
  'other-script': 'warning',
  'inconsistent-name': 'warning',
  'first-reference': 'warning',
  'house-style': 'info',
  'particle-case': 'warning',
  'title-conflict': 'warning',
  'acronym-first-use': 'warning',
  'timeline-conflict': 'warning',
  misquote: 'warning',
  'misattributed-quote': 'warning',
  'unsourced-quote': 'info',
  'figure-conflict': 'warning',
};

/** What each rule reports, in a line (the CLI's help and SARIF's rule descriptions). */
export const RULE_SUMMARIES: Record<RuleId, string> = {
  'name-variant': 'A name that is a variant spelling of a dictionary entity.',
  'other-script': "A dictionary entity's name written in another script (Cyrillic, Arabic).",
  'inconsistent-name': 'A name written two ways in the same draft.',
  'first-reference': "A person's first mention is not the full name.",
  'house-style':
    "A name with an Arabic article not written as the house style wants, a person's name without the dictionary's accents, or the second of two surnames alone.",
  'particle-case': 'A particle of a name ("al-", "von", "de") capitalised against the house rule.',
  'title-conflict':
    'A title (with its portfolio) before a name, or in an apposition after it, contradicts the role in the dictionary.',
  'acronym-first-use': 'An acronym used before the name it stands for is spelled out.',
  'timeline-conflict': 'A date the draft gives an event differs from the date a dictionary gives it.',
  misquote: "A quotation closely but not exactly copies a source's words.",
  'misattributed-quote': 'A quotation from the sources given to someone other than its speaker there.',
  'unsourced-quote': 'A quotation no source has (only with newsroomLens.quotes.strict).',
  'figure-conflict': 'A figure the draft gives differs from the one its sources give for the same quantity.',
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
  quotes: DEFAULT_QUOTE_OPTIONS,
};

const RULE_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * The checker's options from the `newsroomLens.*` settings, wherever they are read from (an
 * editor's configuration, a workspace's settings.json): `setting` gives the value of a key
 * after `newsroomLens.`, or undefined; values of the wrong kind fall back to the defaults.
 */
export function checkOptionsFromSettings(setting: (key: string) => unknown): CheckOptions {
  const rules = setting('consistency.rules');
  const style = setting('consistency.houseStyle');
  const acronyms = setting('consistency.knownAcronyms');
  return {
    houseStyle:
      typeof style === 'string' && Object.hasOwn(HOUSE_STYLES, style)
        ? (style as HouseStyle)
        : DEFAULT_CHECK_OPTIONS.houseStyle,
    rules:
      typeof rules === 'object' && rules !== null
        ? Object.fromEntries(
            Object.entries(rules).filter(
              (entry): entry is [RuleId, RuleSetting] =>
                RULES.includes(entry[0] as RuleId) && RULE_SETTINGS.includes(entry[1] as string),
            ),
          )
        : {},
    particleCase: setting('consistency.particleCase') === 'always-lower' ? 'always-lower' : 'sentence',
    knownAcronyms:
      Array.isArray(acronyms) && acronyms.every((acronym) => typeof acronym === 'string')
        ? acronyms
        : DEFAULT_CHECK_OPTIONS.knownAcronyms,
    quotes: {
      strict: setting('quotes.strict') === true,
      allowEllipsis: setting('quotes.allowEllipsis') !== false,
    },
  };
}

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

/**
 * A finding before severity, quotations and suppressions are applied. A `likely` finding
 * (the evidence is good but not conclusive) is reported one step below its rule's severity.
 */
export type RawFinding = Omit<Finding, 'severity'> & { readonly certainty?: 'certain' | 'likely' };
