import * as vscode from 'vscode';
import type { NewsroomLensApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'newsroom-lens.newsroom-lens';

/** The activated extension's API, once its dictionaries have loaded. */
export async function lensApi(): Promise<NewsroomLensApi> {
  const extension = vscode.extensions.getExtension<NewsroomLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  await api.whenLoaded();
  return api;
}

/** Resolves once the extension has answered everything asked of it so far (see `NewsroomLensApi.whenIdle`). */
export async function idle(): Promise<void> {
  await (await lensApi()).whenIdle();
}

/** Polls `probe` until it returns something other than undefined or false. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openEditor(
  uriOrContent: vscode.Uri | { content: string; language?: string },
): Promise<vscode.TextEditor> {
  const document =
    uriOrContent instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uriOrContent)
      : await vscode.workspace.openTextDocument({
          content: uriOrContent.content,
          language: uriOrContent.language ?? 'markdown',
        });
  return vscode.window.showTextDocument(document);
}

/** The text of every hover VS Code shows at the first occurrence of `word` (plus `skip` more). */
export async function hoverAt(
  document: vscode.TextDocument,
  word: string,
  skip = 0,
): Promise<{ text: string; hovers: vscode.Hover[] }> {
  let offset = -1;
  for (let i = 0; i <= skip; i++) offset = document.getText().indexOf(word, offset + 1);
  if (offset < 0) throw new Error(`"${word}" is not in ${document.uri.toString()}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    document.positionAt(offset + 1),
  );
  const text = hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
  return { text, hovers };
}

/** Markdown as a person reads it: backslash escapes removed. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** The highlighted words in an editor, by kind. */
export async function highlightedWords(editor: vscode.TextEditor): Promise<Record<string, string[]>> {
  const api = await lensApi();
  const ranges = api.highlightedRanges(editor);
  if (!ranges) return {};
  return Object.fromEntries(
    Object.entries(ranges).map(([kind, list]) => [kind, list.map((range) => editor.document.getText(range))]),
  );
}

/** Sets a setting for the test's duration; returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Thenable<void>> {
  const config = vscode.workspace.getConfiguration('newsroomLens');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return () =>
    vscode.workspace.getConfiguration('newsroomLens').update(key, before, vscode.ConfigurationTarget.Workspace);
}
