/** The checks loaded after activation, as a module of their own: the extension's second bundle. */
import { acronymFindings, acronymsBeforeTheirDefinition } from './acronyms';
import { figureConflictFindings } from './figures';
import { particleCaseFindings } from './particles';
import { quoteFindings } from './quotes';
import { compoundSurnameFindings, otherGivenNameFindings } from './surnames';
import { titleConflictFindings } from './titles';
import type { SourceChecks } from './sourceChecks';

export const librarySourceChecks: SourceChecks = {
  quoteFindings,
  figureConflictFindings,
  titleConflictFindings,
  compoundSurnameFindings,
  otherGivenNameFindings,
  particleCaseFindings,
  acronymFindings,
  acronymsBeforeTheirDefinition,
};
