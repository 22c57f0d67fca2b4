import vscode = require('vscode');
import type { EntityType } from '../core/dictionary/schema';
import type { BuildReviewSession, DatePrompt } from './buildReview';
import { loadBundle } from './bundleLoader';
import type { DictionaryService } from './dictionaryService';
import { COMMANDS, REVIEWING_CONTEXT } from './ids';

/**
 * **Build Entity Dictionary from Article**: the article open (or picked in the explorer) →
 * `*.entities.json` beside it; several articles or a folder picked in the explorer → one
 * `story.entities.json`. The command's work and its review are loaded on first use,
 * as the builder is: most sessions never build.
 */
export function registerBuildDictionary(
  dictionaries: DictionaryService,
  prompts: BuildPrompts,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  return vscode.commands.registerCommand(
    COMMANDS.buildDictionary,
    async (resource?: unknown, options?: BuildCommandOptions | readonly unknown[]) => {
      try {
        const { buildFrom, buildStoryFrom, isFolder } = await loadBundle(extensionUri, 'buildDictionary');
        // The explorer gives every selected resource second: several articles, or a folder, make one story.
        const selected = Array.isArray(options) ? options.filter((item) => item instanceof vscode.Uri) : [];
        if (selected.length > 1 || (resource instanceof vscode.Uri && (await isFolder(resource)))) {
          await buildStoryFrom(selected.length > 1 ? selected : [resource as vscode.Uri], dictionaries, extensionUri);
          return;
        }
        const ifExists = Array.isArray(options) ? undefined : (options as BuildCommandOptions | undefined)?.ifExists;
        await buildFrom(
          resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri,
          dictionaries,
          prompts,
          extensionUri,
          ifExists,
        );
      } catch (error) {
        void vscode.window.showErrorMessage(
          `Newsroom Lens could not build the dictionary: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  );
}

/**
 * The review's keys (package.json binds them while it is open): the item buttons of a quick
 * pick take a pointer, so each has a command. They act on the entity under the list's cursor.
 */
export function registerReviewKeys(prompts: BuildPrompts): vscode.Disposable {
  // A key gives no argument, and the review asks; a caller may give the answer (a type, a target's id).
  const onReview =
    (act: (review: BuildReviewSession, answer?: string) => unknown) =>
    async (answer?: unknown): Promise<void> => {
      const review = prompts.reviewing;
      if (review) await act(review, typeof answer === 'string' ? answer : undefined);
    };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(
      COMMANDS.reviewChangeType,
      onReview((review, type) => review.changeTypeOfActive(type as EntityType | undefined)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.reviewMerge,
      onReview((review, targetId) => review.mergeActive(targetId)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.reviewAcceptAll,
      onReview((review) => review.acceptAll()),
    ),
    vscode.commands.registerCommand(
      COMMANDS.reviewRejectAll,
      onReview((review) => review.rejectAll()),
    ),
  );
}

/** For tasks and other extensions: what to do with an existing dictionary without asking. */
export interface BuildCommandOptions {
  readonly ifExists?: 'merge' | 'replace';
}

/**
 * The question **Build Entity Dictionary from Article** has open before it writes (the
 * story's date when nothing in the text gives it, or the review of what it built), kept in
 * `active` so that tests can answer it as a person would.
 */
export class BuildPrompts implements vscode.Disposable {
  active: DatePrompt | BuildReviewSession | undefined;

  /** The review, when it is the open question. */
  get reviewing(): BuildReviewSession | undefined {
    return this.active && 'quickPick' in this.active ? this.active : undefined;
  }

  /** Keeps `prompt` as the open question until its `result` settles. */
  async whileOpen<T>(prompt: DatePrompt | BuildReviewSession, result: Promise<T>): Promise<T> {
    this.active = prompt;
    await this.setReviewing();
    try {
      return await result;
    } finally {
      if (this.active === prompt) this.active = undefined;
      await this.setReviewing();
    }
  }

  private async setReviewing(): Promise<void> {
    await vscode.commands.executeCommand('setContext', REVIEWING_CONTEXT, this.reviewing !== undefined);
  }

  dispose(): void {
    this.active?.cancel();
  }
}
