import vscode = require('vscode');
import { loadBuilder } from './builderLoader';
import { DictionaryService } from './dictionaryService';
import { COMMANDS, CONFIG_SECTION } from './ids';

/** **Build Entity Dictionary from Article**: the article open (or picked in the explorer) → `*.entities.json` beside it. */
export function registerBuildDictionary(dictionaries: DictionaryService): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.buildDictionary, async (resource?: unknown, options?: BuildCommandOptions) => {
    try {
      await buildFrom(resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri, dictionaries, options?.ifExists);
    } catch (error) {
      void vscode.window.showErrorMessage(`Newsroom Lens could not build the dictionary: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** For tasks and other extensions: what to do with an existing dictionary without asking. */
export interface BuildCommandOptions {
  readonly ifExists?: 'merge' | 'replace';
}

async function buildFrom(article: vscode.Uri | undefined, dictionaries: DictionaryService, ifExists?: 'merge' | 'replace'): Promise<void> {
  if (!article) {
    void vscode.window.showWarningMessage('Open a news article first: the dictionary is built from the article in the active editor.');
    return;
  }
  const name = vscode.workspace.asRelativePath(article);
  if (article.path.endsWith('.entities.json')) throw new Error(`${name} is a dictionary already; open the article it came from`);
  const document = await vscode.workspace.openTextDocument(article);
  const text = document.getText();
  const maxSize = vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('builder.maxSize', 1_000_000);
  if (text.length > maxSize) {
    const raise = 'Open Setting';
    const choice = await vscode.window.showWarningMessage(
      `${name} has ${text.length.toLocaleString('en')} characters, over the builder's limit of ${maxSize.toLocaleString('en')} (newsroomLens.builder.maxSize). Building reads about 0.2 MB a second.`,
      raise,
    );
    if (choice === raise) await vscode.commands.executeCommand('workbench.action.openSettings', `${CONFIG_SECTION}.builder.maxSize`);
    return;
  }
  const target = vscode.Uri.joinPath(article, '..', `${article.path.split('/').pop()!.replace(/\.[^.]*$/, '')}.entities.json`);
  const existing = await readIfExists(target);
  let merge = ifExists === 'merge';
  if (existing !== undefined && ifExists === undefined) {
    const mergeChoice = 'Merge (keep my edits)';
    const replaceChoice = 'Replace';
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(target)} exists. Merge adds what the article gives and keeps everything the file says; Replace overwrites it.`,
      { modal: true },
      mergeChoice,
      replaceChoice,
    );
    if (!choice) return;
    merge = choice === mergeChoice;
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Building the entity dictionary of ${name}`, cancellable: true },
    async (progress, cancellation) => {
      progress.report({ message: 'loading the language model…' });
      const builder = loadBuilder();
      let reported = 0;
      const words = await builder.tagInSlices(text, {
        isCancelled: () => cancellation.isCancellationRequested,
        progress: (done) => {
          const percent = Math.round(done * 90);
          if (percent > reported) progress.report({ increment: percent - reported, message: 'reading names…' });
          reported = Math.max(reported, percent);
        },
      });
      const stat = await vscode.workspace.fs.stat(article);
      const modified = new Date(stat.mtime);
      try {
        return builder.buildDictionary(text, {
          tagger: () => words,
          fallbackDate: { year: modified.getFullYear(), month: modified.getMonth() + 1, day: modified.getDate() },
          fallbackTitle: article.path.split('/').pop()!,
          file: article.path.split('/').pop()!,
        });
      } catch (error) {
        if (error instanceof builder.UnusableArticle) throw new Error(`${name}: nothing to build from: ${error.message}`);
        throw error;
      }
    },
  ).then(
    (built) => built,
    (error: unknown) => {
      if (error instanceof loadBuilder().Cancelled) return undefined;
      throw error;
    },
  );
  if (!result) return;
  const { dictionary } = result;
  const merged = merge && existing !== undefined ? loadBuilder().mergeIntoExisting(existing, dictionary, vscode.workspace.asRelativePath(target)) : undefined;
  const content = merged?.text ?? `${JSON.stringify(dictionary, null, 2)}\n`;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  await dictionaries.reload();
  await vscode.window.showTextDocument(target, { preview: false });
  const trustNote = vscode.workspace.isTrusted ? '' : ' Trust this workspace to have drafts annotated with it.';
  void vscode.window.showInformationMessage(
    merged
      ? `Newsroom Lens: merged into ${vscode.workspace.asRelativePath(target)}, keeping every edit and adding ${loadBuilder().describeMerge(merged)}.${trustNote}`
      : `Newsroom Lens: wrote ${vscode.workspace.asRelativePath(target)}: ${dictionary.entities.length} entities, ${dictionary.events.length} dated events, story dated ${dictionary.source.date}.${trustNote}`,
  );
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
