import type { EntityType } from '../core/dictionary/schema';

/** Every id this extension contributes; package.json declares the same (a test checks). */
export const COMMANDS = {
  toggleHighlights: 'newsroomLens.toggleHighlights',
  reloadDictionaries: 'newsroomLens.reloadDictionaries',
  showProblems: 'newsroomLens.showProblems',
  showEntity: 'newsroomLens.showEntity',
  checkNames: 'newsroomLens.checkNames',
  addEntity: 'newsroomLens.addEntity',
  forgetIgnored: 'newsroomLens.forgetIgnored',
  applyFixes: 'newsroomLens.applyFixes',
  addAlias: 'newsroomLens.addAlias',
  notAVariant: 'newsroomLens.notAVariant',
  ignoreInFile: 'newsroomLens.ignoreInFile',
  goToSource: 'newsroomLens.goToSource',
  showQuotationSource: 'newsroomLens.showQuotationSource',
  showEntitiesView: 'newsroomLens.showEntitiesView',
  entitiesShowWorkspace: 'newsroomLens.entities.showWorkspace',
  entitiesShowDocument: 'newsroomLens.entities.showDocument',
  entitiesFilter: 'newsroomLens.entities.filter',
  entitiesClearFilter: 'newsroomLens.entities.clearFilter',
  entitiesRefresh: 'newsroomLens.entities.refresh',
  revealMention: 'newsroomLens.revealMention',
  openEntry: 'newsroomLens.openEntry',
  goToSourceOfNode: 'newsroomLens.entities.goToSource',
  showTimeline: 'newsroomLens.showTimeline',
  showStoryMap: 'newsroomLens.showStoryMap',
  storyMapExport: 'newsroomLens.storyMap.export',
  timelineRefresh: 'newsroomLens.timeline.refresh',
  timelineFilter: 'newsroomLens.timeline.filter',
  timelineClearFilter: 'newsroomLens.timeline.clearFilter',
  timelineSetAnchor: 'newsroomLens.timeline.setAnchor',
  timelineExport: 'newsroomLens.timeline.export',
  timelineOpenReference: 'newsroomLens.timeline.openReference',
  showVisualTimeline: 'newsroomLens.showVisualTimeline',
  visualTimelineExport: 'newsroomLens.visualTimeline.export',
  buildDictionary: 'newsroomLens.buildDictionary',
  reviewChangeType: 'newsroomLens.review.changeType',
  reviewMerge: 'newsroomLens.review.merge',
  reviewAcceptAll: 'newsroomLens.review.acceptAll',
  reviewRejectAll: 'newsroomLens.review.rejectAll',
} as const;

/** True while the review of a build is open: its keys apply then only. */
export const REVIEWING_CONTEXT = 'newsroomLens.reviewing';

export const ENTITIES_VIEW = 'newsroomLens.entities';
export const TIMELINE_VIEW = 'newsroomLens.timeline';
/** The visual timeline's webview panel. */
export const VISUAL_TIMELINE_PANEL = 'newsroomLens.visualTimeline';
/** The story map's webview panel. */
export const STORY_MAP_VIEW_TYPE = 'newsroomLens.storyMap';

/** The source named on every diagnostic of ours. */
export const DIAGNOSTIC_SOURCE = 'Newsroom Lens';

export const COLORS: Record<EntityType, { background: string; border: string }> = {
  person: { background: 'newsroomLens.personBackground', border: 'newsroomLens.personBorder' },
  place: { background: 'newsroomLens.placeBackground', border: 'newsroomLens.placeBorder' },
  organization: { background: 'newsroomLens.organizationBackground', border: 'newsroomLens.organizationBorder' },
};
export const AMBIGUOUS_COLOR = 'newsroomLens.ambiguousBorder';

export const CONFIG_SECTION = 'newsroomLens';
