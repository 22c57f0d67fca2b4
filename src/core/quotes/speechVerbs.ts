/**
 * The verbs that report speech, apart from the quotation finder so that the name checks,
 * which the extension loads first, can ask whether one follows a name without loading it.
 */

export const VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'added',
  'adds',
  'adding',
  'saying',
  'stated',
  'states',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'warned',
  'warns',
  'insisted',
  'insists',
  'explained',
  'explains',
  'noted',
  'notes',
  'claimed',
  'claims',
  'declared',
  'declares',
  'argued',
  'argues',
  'wrote',
  'writes',
  'described',
  'describes',
  'called',
  'calls',
  'replied',
  'asked',
  'acknowledged',
  'admitted',
  'denied',
  'stressed',
  'reported',
  'reports',
  'insisting',
  'claiming',
  'noting',
  'stressing',
  'emphasizing',
  'emphasising',
  'according to',
];

const SPEECH_VERB_NEXT = new RegExp(`^ (?:${VERBS.filter((verb) => !verb.includes(' ')).join('|')})\\b`, 'u');

/** Whether a speech verb follows right after a space ("… said"): the words before it name a speaker. */
export function isSpeechVerbNext(text: string, offset: number): boolean {
  return SPEECH_VERB_NEXT.test(text.slice(offset, offset + 20));
}
