import { ARTICLE_PREFIX, withoutArticles } from '../text/names';
import type { IndexedEntity } from '../dictionary/entityIndex';
import { foldName } from '../text/fold';
import { quotationSpans } from '../text/quotationMarks';
import { within } from '../text/structure';
import type { IWorkspace, TextPosition } from './document';
import type { IndexedFile } from './workspaceIndex';

/**
 * What a mention becomes when its entity is renamed, keeping the mention's form: the full
 * name becomes the new full name, a surname alone the new surname, a first name alone the
 * new first name, the article-less form ("Bashar Assad") the new article-less form. Other
 * aliases ("President Assad", "HTS") are left as written: undefined.
 */
export function renamedForm(entity: IndexedEntity, written: string, newName: string): string | undefined {
  const oldWords = entity.name.split(' ');
  const newWords = newName.trim().split(/\s+/);
  const forms: [string, string][] = [
    [entity.name, newName.trim()],
    [withoutArticles(entity.name), withoutArticles(newName.trim())],
  ];
  if (oldWords.length > 1 && newWords.length > 1) {
    const oldLast = oldWords[oldWords.length - 1]!;
    const newLast = newWords[newWords.length - 1]!;
    forms.push(
      [oldLast, newLast],
      [oldLast.replace(ARTICLE_PREFIX, ''), newLast.replace(ARTICLE_PREFIX, '')],
      [oldWords[0]!, newWords[0]!],
    );
  }
  const folded = foldName(written);
  const match = forms.find(([from]) => foldName(from) === folded);
  if (!match || match[1] === written) return undefined;
  // Keep a capital the text had at a sentence start ("Al-Assad" → "Al-Jalali").
  const replacement = match[1];
  return /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(replacement)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/** One replacement a rename makes in a draft or a dictionary, by offsets and by position. */
export interface RenameEdit {
  readonly uri: string;
  readonly start: TextPosition;
  readonly end: TextPosition;
  readonly newText: string;
}

/**
 * The replacements that rename `entity` to `newName` in `files` (its mentions, draft by
 * draft, as the workspace index gives them): each mention keeps its form; mentions inside
 * direct quotations, other aliases, and drafts that cannot be read now are left alone.
 */
export async function planRename(
  entity: IndexedEntity,
  newName: string,
  files: readonly IndexedFile[],
  workspace: Pick<IWorkspace, 'readDraft'>,
): Promise<RenameEdit[]> {
  const edits: RenameEdit[] = [];
  for (const file of files) {
    const text = (await workspace.readDraft(file.uri))?.getText();
    if (text === undefined) continue;
    const quotations = quotationSpans(text);
    for (const mention of file.mentions) {
      if (within(quotations, mention.start)) continue;
      const replacement = renamedForm(entity, mention.text, newName);
      if (replacement !== undefined)
        edits.push({
          uri: file.uri,
          start: file.positionAt(mention.start),
          end: file.positionAt(mention.end),
          newText: replacement,
        });
    }
  }
  return edits;
}
