/** The checks loaded after activation, as a module of their own: the extension's second bundle. */
import { acronymFindings, acronymsBeforeTheirDefinition } from './acronyms';
import { figureConflictFindings } from './figures';
import { quoteFindings } from './quotes';
import { compoundSurnameFindings } from './surnames';
import { titleConflictFindings } from './titles';
import type { SourceChecks } from './sourceChecks';

export const librarySourceChecks: SourceChecks = {
  quoteFindings,
  figureConflictFindings,
  titleConflictFindings,
  compoundSurnameFindings,
  acronymFindings,
  acronymsBeforeTheirDefinition,
};
