import vscode = require('vscode');
import type { Alias } from '../core/dictionary/schema';
import { plural } from '../core/text/plural';
import { sameBytes } from '../core/workspace/replaceFile';
import { type Day, localDay, parseDay } from '../core/text/calendar';
import type { BuildPrompts } from './buildCommand';
import { askDate, review } from './buildReview';
import { type LazyBundles, loadBundle } from './bundleLoader';
import type { DictionaryService } from './dictionaryService';
import { dictionaryText, replaceDocumentFile } from './safeWrite';
import { CONFIG_SECTION } from './ids';
import { extensionsOf } from '../core/workspace/languages';

/**
 * **Build Entity Dictionary from Article** (registered by buildCommand.ts, which loads this on
 * first use): builds the dictionary of `article`, has it reviewed and writes it beside the article.
 */
export async function buildFrom(
  article: vscode.Uri | undefined,
  dictionaries: DictionaryService,
  prompts: BuildPrompts,
  extensionUri: vscode.Uri,
  ifExists?: 'merge' | 'replace',
): Promise<void> {
  if (!article) {
    void vscode.window.showWarningMessage(
      'Open a news article first: the dictionary is built from the article in the active editor.',
    );
    return;
  }
  const name = vscode.workspace.asRelativePath(article);
  if (article.path.endsWith('.entities.json'))
    throw new Error(`${name} is a dictionary already; open the article it came from`);
  const document = await vscode.workspace.openTextDocument(article);
  const text = document.getText();
  const maxSize = vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('builder.maxSize', 1_000_000);
  if (text.length > maxSize) {
    const raise = 'Open Setting';
    const choice = await vscode.window.showWarningMessage(
      `${name} has ${text.length.toLocaleString('en')} characters, over the builder's limit of ${maxSize.toLocaleString('en')} (newsroomLens.builder.maxSize). Building reads about 0.2 MB a second.`,
      raise,
    );
    if (choice === raise)
      await vscode.commands.executeCommand('workbench.action.openSettings', `${CONFIG_SECTION}.builder.maxSize`);
    return;
  }
  const target = vscode.Uri.joinPath(
    article,
    '..',
    `${article.path
      .split('/')
      .pop()!
      .replace(/\.[^.]*$/, '')}.entities.json`,
  );
  const onDisk = await readIfExists(target);
  const existing = onDisk && new TextDecoder().decode(onDisk);
  const merge = await mergeOrReplace(target, onDisk, extensionUri, 'the article gives', ifExists);
  if (merge === undefined) return;

  const stat = await vscode.workspace.fs.stat(article);
  const fileDay = localDay(new Date(stat.mtime));
  const tagged = await vscode.window
    .withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Building the entity dictionary of ${name}`,
        cancellable: true,
      },
      async (progress, cancellation) => {
        progress.report({ message: 'loading the language model…' });
        const builder = await loadBundle(extensionUri, 'builder');
        let reported = 0;
        // The tagger reads what the builder reads: the story without its bylines and credits.
        const words = await builder.tagInSlices(builder.storyOf(text), {
          isCancelled: () => cancellation.isCancellationRequested,
          progress: (done) => {
            const percent = Math.round(done * 100);
            if (percent > reported) progress.report({ increment: percent - reported, message: 'reading names…' });
            reported = Math.max(reported, percent);
          },
        });
        return { builder, words };
      },
    )
    .then(
      (done) => done,
      async (error: unknown) => {
        if (error instanceof (await loadBundle(extensionUri, 'builder')).Cancelled) return undefined;
        throw error;
      },
    );
  if (!tagged) return;
  const { builder, words } = tagged;
  const buildWith = (date?: Day) => {
    try {
      // What another dictionary already knows is linked to its id; the target file's own entities are what a merge compares.
      const known = [...dictionaries.index.entities()].filter((entity) => entity.dictionary.file !== target.toString());
      return builder.buildDictionary(text, {
        tagger: () => words,
        fallbackDate: fileDay,
        fallbackTitle: article.path.split('/').pop()!,
        file: article.path.split('/').pop()!,
        known,
        ...(date ? { date } : {}),
      });
    } catch (error) {
      if (error instanceof builder.UnusableArticle) throw new Error(`${name}: nothing to build from: ${error.message}`);
      throw error;
    }
  };
  let result = buildWith();
  // Relative dates ("on Saturday") are read from the story's date: a guess from the file's date would misplace them.
  if (result.anchorSource === 'fallback' || result.anchorYearGuessed) {
    const guess = result.anchorYearGuessed ? parseDay(result.dictionary.source.date!) : fileDay;
    const date = await askDate(prompts, name, guess ?? fileDay, result.anchorYearGuessed ? 'yearless' : 'undated');
    if (!date) return;
    result = buildWith(date);
  }
  const { dictionary } = result;
  const targetName = vscode.workspace.asRelativePath(target);
  if (dictionary.entities.length === 0 && result.linked.length > 0) {
    void vscode.window.showInformationMessage(
      `Newsroom Lens: the loaded dictionaries already know everyone and everything ${name} names (${result.linked.map((link) => link.name).join(', ')}); nothing was written.`,
    );
    return;
  }
  if (dictionary.entities.length === 0) {
    void vscode.window.showWarningMessage(
      `Newsroom Lens: no people, places or organisations found in ${name}; nothing was written.`,
    );
    return;
  }
  const preview =
    merge && existing !== undefined ? builder.mergeIntoExisting(existing, dictionary, targetName) : undefined;
  const toReview = preview ? result.review.filter((entity) => preview.changed.has(entity.id)) : result.review;
  if (preview && toReview.length === 0) {
    void vscode.window.showInformationMessage(
      `Newsroom Lens: ${targetName} already has everything ${name} gives; nothing to add.`,
    );
    return;
  }
  const minConfidence = vscode.workspace
    .getConfiguration(CONFIG_SECTION)
    .get<number>('builder.reviewMinConfidence', 0.5);
  const decisions = await review(
    prompts,
    targetName,
    toReview,
    () => dictionaries.index.entities(),
    (entity) => ({ inPlace: entity.dictionary.file === target.toString() || entity.dictionary.overridable === true }),
    minConfidence,
  );
  if (!decisions) return;
  const reviewed = builder.applyReview(dictionary, decisions);
  const merged =
    merge && existing !== undefined ? builder.mergeIntoExisting(existing, reviewed.dictionary, targetName) : undefined;
  const content = merged?.text ?? `${JSON.stringify(reviewed.dictionary, null, 2)}\n`;
  await writeSafely(target, onDisk, content, reviewed.aliasesElsewhere, dictionaries, builder);
  await dictionaries.reload();
  await vscode.window.showTextDocument(target, { preview: false });
  const trustNote = vscode.workspace.isTrusted ? '' : ' Trust this workspace to have drafts annotated with it.';
  const rejected = [...decisions.values()].filter((decision) => decision.kind === 'reject').length;
  const rejectedNote = rejected > 0 ? ` Left out ${plural(rejected, 'entity', 'entities')} you unchecked.` : '';
  void vscode.window.showInformationMessage(
    merged
      ? `Newsroom Lens: merged into ${targetName}, keeping every edit and adding ${builder.describeMerge(merged)}.${rejectedNote} Undo (Ctrl+Z) in it takes this back.${trustNote}`
      : `Newsroom Lens: wrote ${targetName}: ${reviewed.dictionary.entities.length} entities, ${reviewed.dictionary.events.length} dated events, story dated ${reviewed.dictionary.source.date}.${rejectedNote}${trustNote}`,
  );
}

/**
 * Whether to merge into the dictionary already at `target` (true) or replace it (false);
 * undefined when the person cancels. Asks unless `ifExists` says.
 */
async function mergeOrReplace(
  target: vscode.Uri,
  onDisk: Uint8Array | undefined,
  extensionUri: vscode.Uri,
  gives: string,
  ifExists?: 'merge' | 'replace',
): Promise<boolean | undefined> {
  let merge = ifExists === 'merge';
  if (onDisk !== undefined && ifExists === undefined) {
    const mergeChoice = 'Merge (keep my edits)';
    const replaceChoice = 'Replace';
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(target)} exists. Merge adds what ${gives} and keeps everything the file says; Replace overwrites it.`,
      { modal: true },
      mergeChoice,
      replaceChoice,
    );
    if (!choice) return undefined;
    merge = choice === mergeChoice;
  }
  // Decoded leniently, Latin-1 "café" reads as "caf\uFFFD": the file's bytes must be UTF-8 to be merged into.
  if (merge && onDisk !== undefined)
    (await loadBundle(extensionUri, 'builder')).decodeExistingDictionary(
      onDisk,
      vscode.workspace.asRelativePath(target),
    );
  return merge;
}

/** Whether `uri` is a folder. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
}

/** The articles among `picked`: files as they are, and the .txt and .md files of folders, in name order. */
async function articlesOf(picked: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const endings = extensionsOf(['plaintext', 'markdown']);
  const articles: vscode.Uri[] = [];
  for (const uri of picked) {
    if (!(await isFolder(uri))) {
      articles.push(uri);
      continue;
    }
    const entries = await vscode.workspace.fs.readDirectory(uri);
    articles.push(
      ...entries
        .filter(
          ([name, type]) => type === vscode.FileType.File && endings.includes(name.replace(/^.*\./, '').toLowerCase()),
        )
        .map(([name]) => name)
        .sort()
        .map((name) => vscode.Uri.joinPath(uri, name)),
    );
  }
  return articles.filter((uri) => !uri.path.endsWith('.entities.json'));
}

/**
 * **Build Entity Dictionary from Article** on several articles or a folder: one
 * `story.entities.json` beside the first, in which each fact lists the articles that state it
 * and the articles' disagreements are kept, not settled. Not reviewed entity by entity: the
 * dictionary opens for reading once written.
 */
export async function buildStoryFrom(
  picked: readonly vscode.Uri[],
  dictionaries: DictionaryService,
  extensionUri: vscode.Uri,
  ifExists?: 'merge' | 'replace',
): Promise<void> {
  const articles = await articlesOf(picked);
  if (articles.length === 0) throw new Error('no article (.txt, .md) among what was picked');
  const folder = (await isFolder(picked[0]!)) ? picked[0]! : vscode.Uri.joinPath(articles[0]!, '..');
  const target = vscode.Uri.joinPath(folder, 'story.entities.json');
  const targetName = vscode.workspace.asRelativePath(target);
  const onDisk = await readIfExists(target);
  const merge = await mergeOrReplace(target, onDisk, extensionUri, 'the articles give', ifExists);
  if (merge === undefined) return;
  const maxSize = vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('builder.maxSize', 1_000_000);
  const builder = await loadBundle(extensionUri, 'builder');
  const known = [...dictionaries.index.entities()].filter((entity) => entity.dictionary.file !== target.toString());
  const built = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Building the story dictionary ${targetName}` },
    async (progress) => {
      const results = [];
      const texts: string[] = [];
      const fileDays: Day[] = [];
      for (const article of articles) {
        const text = (await vscode.workspace.openTextDocument(article)).getText();
        if (text.length > maxSize)
          throw new Error(
            `${vscode.workspace.asRelativePath(article)} has ${text.length} characters, over newsroomLens.builder.maxSize (${maxSize})`,
          );
        texts.push(text);
        fileDays.push(localDay(new Date((await vscode.workspace.fs.stat(article)).mtime)));
      }
      // An article its own text does not date takes the day of the story's other articles, not its file's.
      const fallbacks = builder.storyFallbackDays(texts, fileDays);
      for (const [i, article] of articles.entries()) {
        const name = vscode.workspace.asRelativePath(article);
        progress.report({ message: name, increment: 100 / articles.length });
        const text = texts[i]!;
        const story = builder.storyOf(text);
        const words = await builder.tagInSlices(story, { isCancelled: () => false, progress: () => undefined });
        const file = relativePath(folder, article);
        try {
          const { dictionary, linked } = builder.buildDictionary(text, {
            tagger: () => words,
            fallbackDate: fallbacks[i]!.day,
            fallbackTitle: article.path.split('/').pop()!,
            file,
            known,
          });
          results.push({ file, text: story, dictionary, linked });
        } catch (error) {
          if (error instanceof builder.UnusableArticle)
            throw new Error(`${name}: nothing to build from: ${error.message}`);
          throw error;
        }
      }
      return builder.combineArticles(results);
    },
  );
  if (built.entities.length === 0)
    throw new Error(`no people, places or organisations found in the ${plural(articles.length, 'article')}`);
  const existing = merge && onDisk !== undefined ? new TextDecoder().decode(onDisk) : undefined;
  const merged = existing !== undefined ? builder.mergeIntoExisting(existing, built, targetName) : undefined;
  await writeSafely(target, onDisk, merged?.text ?? `${JSON.stringify(built, null, 2)}\n`, [], dictionaries, builder);
  await dictionaries.reload();
  await vscode.window.showTextDocument(target, { preview: false });
  const disagreements = built.disagreements?.length ?? 0;
  void vscode.window.showInformationMessage(
    `Newsroom Lens: ${merged ? 'merged into' : 'wrote'} ${targetName} from ${plural(articles.length, 'article')}: ${plural(built.entities.length, 'entity', 'entities')}, ${plural(built.figures?.length ?? 0, 'figure')}${disagreements > 0 ? `; the articles disagree ${plural(disagreements, 'time')} (see "disagreements")` : ''}.`,
  );
}

/** `file`'s path from `folder`, with forward slashes ("../wires/a.txt" for a file elsewhere). */
function relativePath(folder: vscode.Uri, file: vscode.Uri): string {
  const from = folder.path.split('/').filter(Boolean);
  const to = file.path.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/**
 * Writes the dictionary, then the aliases a review added to entities of other dictionaries,
 * each file safely and each undoable in its editor. `basis` is the dictionary's bytes the
 * content was made from (undefined for a new file): if the file holds anything else by now,
 * nothing is written, since writing would drop what changed it.
 */
async function writeSafely(
  target: vscode.Uri,
  basis: Uint8Array | undefined,
  content: string,
  aliasesElsewhere: readonly { id: string; aliases: (string | Alias)[] }[],
  dictionaries: DictionaryService,
  builder: LazyBundles['builder'],
): Promise<void> {
  const byFile = new Map<string, { id: string; aliases: (string | Alias)[] }[]>();
  for (const merge of aliasesElsewhere) {
    const file = dictionaries.index.get(merge.id)?.dictionary.file;
    if (!file) throw new Error(`the entity "${merge.id}" is no longer loaded; nothing was written`);
    byFile.set(file, [...(byFile.get(file) ?? []), merge]);
  }
  const targetName = vscode.workspace.asRelativePath(target);
  const nothingWritten = 'nothing was written; build again';
  await replaceDocumentFile(
    dictionaries.extensionUri,
    target,
    'dictionary',
    (current) => {
      if (!sameBytes(current, basis))
        throw new Error(`${targetName} changed while the dictionary was built; ${nothingWritten}`);
      return content;
    },
    nothingWritten,
  );
  for (const [file, merges] of byFile) {
    const uri = vscode.Uri.parse(file, true);
    const name = vscode.workspace.asRelativePath(uri);
    const notAdded = `${targetName} was written, but the aliases for ${name} were not added`;
    await replaceDocumentFile(
      dictionaries.extensionUri,
      uri,
      'dictionary',
      (current) => {
        if (current === undefined) throw new Error(`${name} no longer exists; ${notAdded}`);
        let text = dictionaryText(current, uri, notAdded);
        for (const { id, aliases } of merges) text = builder.withAliases(text, id, aliases, name);
        return text;
      },
      notAdded,
    );
  }
}

/**
 * The file's bytes, or undefined when there is no such file. A file with unsaved changes in its
 * editor is refused: the build would otherwise be made from, and written over, what is not saved.
 */
async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty))
    throw new Error(
      `${vscode.workspace.asRelativePath(uri)} has unsaved changes; save or revert them, then build again; nothing was written`,
    );
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}
