/**
 * Family words of English news copy: the builder reads relations from them, and the name
 * checker knows that "his brother Maher" names a member of a family already named.
 */

/** Family words, singular, with the relation each states (the named person is the family member). */
export const FAMILY_RELATIONS: Record<
  string,
  | 'brother'
  | 'sister'
  | 'wife'
  | 'husband'
  | 'son'
  | 'daughter'
  | 'father'
  | 'mother'
  | 'cousin'
  | 'relative'
  | 'spouse'
  | 'sibling'
> = {
  brother: 'brother',
  'half-brother': 'brother',
  sister: 'sister',
  'half-sister': 'sister',
  wife: 'wife',
  husband: 'husband',
  spouse: 'spouse',
  partner: 'spouse',
  son: 'son',
  daughter: 'daughter',
  father: 'father',
  mother: 'mother',
  cousin: 'cousin',
  sibling: 'sibling',
  uncle: 'relative',
  aunt: 'relative',
  nephew: 'relative',
  niece: 'relative',
  grandson: 'relative',
  granddaughter: 'relative',
  grandfather: 'relative',
  grandmother: 'relative',
  'brother-in-law': 'relative',
  'sister-in-law': 'relative',
  'son-in-law': 'relative',
  'daughter-in-law': 'relative',
  'father-in-law': 'relative',
  'mother-in-law': 'relative',
};

/** Relations in which a bare first name takes the family's surname ("his brother Maher"). */
export const SHARES_SURNAME = new Set(['brother', 'sister', 'son', 'daughter', 'father', 'wife', 'sibling']);
