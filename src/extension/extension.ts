import vscode = require('vscode');
import type { EntityIndex } from '../core/dictionary/entityIndex';
import { Activity } from '../core/workspace/activity';
import type { DictionaryProblem } from '../core/dictionary/parse';
import { AnnotationCache } from './annotations';
import { BuildPrompts, registerBuildDictionary, registerReviewKeys } from './buildCommand';
import { registerCommands } from './commands';
import { NameChecker } from './diagnostics';
import { DictionaryService } from './dictionaryService';
import { registerDictionaryProblems } from './dictionaryProblems';
import { registerRestrictedModeNotice } from './restrictedMode';
import { changed, readSettings } from './config';
import { type HighlightedRanges, Highlighter } from './highlights';
import { registerHovers } from './hovers';
import { registerNameFixes } from './quickFixes';
import { registerDefinitions } from './definitions';
import { EntitiesView, registerEntitiesView } from './entitiesView';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerStatusBar } from './statusBar';
import { registerStoryMap } from './storyMapCommand';
import { registerSymbols } from './symbols';
import { TimelineService } from './timeline';
import { TimelineView, registerTimelineView } from './timelineView';
import { WorkspaceMentions } from './workspaceMentions';

/** What the extension offers other extensions and its tests. */
export interface NewsroomLensApi {
  /** Resolves once the dictionaries (re)loading under way has finished. */
  whenLoaded(): Promise<void>;
  /**
   * Resolves once nothing asked of the extension is still to be answered: no pause before a
   * repaint, a check or a reload still running, no load, scan or long annotation under way.
   * Tests wait for it rather than sleep, so that a check that should not have run shows.
   */
  whenIdle(): Promise<void>;
  index(): EntityIndex;
  problems(): readonly DictionaryProblem[];
  /** How many workspace dictionaries Restricted Mode left unread. */
  awaitingTrust(): number;
  /** The ranges highlighted in an editor, by kind. */
  highlightedRanges(editor: vscode.TextEditor): HighlightedRanges | undefined;
  /** The Entities view's tree, as the view shows it. */
  entitiesView: EntitiesView;
  /** The workspace's mentions, once indexed. */
  workspaceMentions: WorkspaceMentions;
  /** The Timeline view's tree, as the view shows it. */
  timelineView: TimelineView;
  /** The question Build Entity Dictionary from Article has open (its date, its review), to answer it. */
  buildPrompts: BuildPrompts;
  /** How long the bundle took to load (when known) and `activate` to run, in milliseconds. */
  activation: ActivationTimes;
  /** What VS Code calls to restore the pictures' panels after a window reload, by panel. */
  panelSerializers: { storyMap: vscode.WebviewPanelSerializer; visualTimeline: vscode.WebviewPanelSerializer };
}

export interface ActivationTimes {
  readonly loadMs: number | undefined;
  readonly activateMs: number;
}

/** Set by the bundler's banner and footer when the bundle starts and ends loading; absent when the code runs unbundled. */
declare const __newsroomLensLoadStarted: number | undefined;
declare const __newsroomLensLoaded: number | undefined;

export function activate(context: vscode.ExtensionContext): NewsroomLensApi {
  const activateStarted = performance.now();
  const log = vscode.window.createOutputChannel('Newsroom Lens', { log: true });
  const activity = new Activity();
  const dictionaries = new DictionaryService(context.extensionUri, log, activity);
  const annotations = new AnnotationCache(dictionaries, log, activity);
  const highlighter = new Highlighter(dictionaries, annotations, activity, log);
  const checker = new NameChecker(dictionaries, annotations, context.workspaceState, activity);
  const workspace = new WorkspaceMentions(dictionaries, annotations, log, activity, context.extensionUri);
  const entitiesView = new EntitiesView(dictionaries, annotations, workspace, activity);
  const timelines = new TimelineService(
    context.extensionUri,
    dictionaries,
    annotations,
    context.workspaceState,
    activity,
    log,
  );
  const timelineView = new TimelineView(timelines, dictionaries);
  const buildPrompts = new BuildPrompts();
  const timelineRegistration = registerTimelineView(timelineView, timelines, dictionaries);
  const storyMap = registerStoryMap({ extensionUri: context.extensionUri, dictionaries, annotations, activity, log });
  context.subscriptions.push(
    log,
    dictionaries,
    annotations,
    highlighter,
    registerHovers(dictionaries, annotations, context.extensionUri),
    registerCommands(dictionaries, annotations),
    registerDictionaryProblems(dictionaries),
    registerRestrictedModeNotice(dictionaries),
    buildPrompts,
    registerBuildDictionary(dictionaries, buildPrompts, context.extensionUri),
    registerReviewKeys(buildPrompts),
    checker,
    registerNameFixes(checker, dictionaries),
    workspace,
    registerReferences(annotations, workspace),
    registerRename(dictionaries, annotations, workspace),
    registerDefinitions(dictionaries, annotations),
    registerSymbols(dictionaries, annotations),
    registerStatusBar(dictionaries, annotations),
    registerEntitiesView(entitiesView, dictionaries),
    timelines,
    timelineRegistration,
    storyMap,
  );
  // Menus show the extension's commands only for the annotated languages.
  const setLanguagesContext = () =>
    void vscode.commands.executeCommand('setContext', 'newsroomLens.languages', readSettings().languages);
  setLanguagesContext();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (changed(event, 'highlight.languages')) setLanguagesContext();
    }),
  );
  void dictionaries.reload();
  const activation: ActivationTimes = {
    loadMs:
      typeof __newsroomLensLoadStarted === 'number' && typeof __newsroomLensLoaded === 'number'
        ? __newsroomLensLoaded - __newsroomLensLoadStarted
        : undefined,
    activateMs: performance.now() - activateStarted,
  };
  // Dictionaries load after this, without holding up the editor.
  log.info(
    `Activated in ${activation.activateMs.toFixed(1)} ms${activation.loadMs === undefined ? '' : ` after loading in ${activation.loadMs.toFixed(1)} ms`}.`,
  );
  return {
    activation,
    whenLoaded: () => dictionaries.whenLoaded(),
    whenIdle: () => activity.whenIdle(),
    index: () => dictionaries.index,
    problems: () => dictionaries.problems,
    awaitingTrust: () => dictionaries.awaitingTrust,
    highlightedRanges: (editor) => highlighter.rangesIn(editor),
    entitiesView,
    workspaceMentions: workspace,
    timelineView,
    buildPrompts,
    panelSerializers: { storyMap: storyMap.serializer, visualTimeline: timelineRegistration.serializer },
  };
}
