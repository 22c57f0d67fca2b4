import vscode = require('vscode');
import type { BuildReviewSession, DatePrompt } from './buildReview';
import { loadBundle } from './bundleLoader';
import type { DictionaryService } from './dictionaryService';
import { COMMANDS } from './ids';

/**
 * **Build Entity Dictionary from Article**: the article open (or picked in the explorer) →
 * `*.entities.json` beside it. The command's work and its review are loaded on first use,
 * as the builder is: most sessions never build.
 */
export function registerBuildDictionary(
  dictionaries: DictionaryService,
  prompts: BuildPrompts,
  extensionUri: vscode.Uri,
): vscode.Disposable {
  return vscode.commands.registerCommand(
    COMMANDS.buildDictionary,
    async (resource?: unknown, options?: BuildCommandOptions) => {
      try {
        const { buildFrom } = await loadBundle(extensionUri, 'buildDictionary');
        await buildFrom(
          resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri,
          dictionaries,
          prompts,
          extensionUri,
          options?.ifExists,
        );
      } catch (error) {
        void vscode.window.showErrorMessage(
          `Newsroom Lens could not build the dictionary: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
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

  /** Keeps `prompt` as the open question until its `result` settles. */
  async whileOpen<T>(prompt: DatePrompt | BuildReviewSession, result: Promise<T>): Promise<T> {
    this.active = prompt;
    try {
      return await result;
    } finally {
      if (this.active === prompt) this.active = undefined;
    }
  }

  dispose(): void {
    this.active?.cancel();
  }
}
