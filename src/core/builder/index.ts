/**
 * The builder as one module, bundled apart (dist/builder.js) with compromise so that the
 * extension loads them only when a dictionary is first built.
 */
export { DEFAULT_BUILD_MAX_CHARS, UnusableArticle, buildDictionary, storyOf } from './build';
export type { BuildResult, DictionaryFileContent } from './build';
export { Cancelled, compromiseTagger, tagInSlices } from './compromiseTagger';
export { decodeExistingDictionary, describeMerge, mergeIntoExisting, withAliases } from './merge';
export { applyReview } from './review';
export type { EntityReview, ReviewDecision } from './review';
export { combineArticles, storyFallbackDays } from './story';
export type { ArticleBuild } from './story';
