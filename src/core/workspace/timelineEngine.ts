/**
 * What places drafts in time: the date expressions, the story furniture they skip, the
 * conflicts with the dictionaries, and the exports. The extension loads it as a bundle of
 * its own after activation, so that its main bundle stays small; the CLI and the tests
 * import the modules themselves.
 */
export { Timelines, timelineChildren } from './timelines';
export { timelineToCsv, timelineToMarkdown, timelineToTimelineJs } from '../timeline/export';
