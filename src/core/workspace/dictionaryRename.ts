import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import type { IndexedEntity } from '../dictionary/entityIndex';

const DICTIONARY_FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * The edit of a dictionary's text that gives `entity` its new name and keeps the old one as an
 * alias (formatting and the rest of the file untouched): one replacement of the entry, since
 * the two changes can overlap (an entry written on one line is laid out anew); undefined if
 * the entry is not in `text`.
 */
export function renameInDictionary(
  text: string,
  entity: Pick<IndexedEntity, 'id' | 'name'>,
  newName: string,
): { offset: number; length: number; content: string } | undefined {
  const tree = parseTree(text);
  const entries = (tree && findNodeAtLocation(tree, ['entities'])?.children) ?? [];
  const index = entries.findIndex((child) => findNodeAtLocation(child, ['id'])?.value === entity.id);
  const entry = entries[index];
  if (!tree || !entry) return undefined;
  const renamed = applyEdits(text, modify(text, ['entities', index, 'name'], newName, DICTIONARY_FORMATTING));
  const hasAliases = findNodeAtLocation(tree, ['entities', index, 'aliases']) !== undefined;
  const result = applyEdits(
    renamed,
    modify(
      renamed,
      hasAliases ? ['entities', index, 'aliases', -1] : ['entities', index, 'aliases'],
      hasAliases ? entity.name : [entity.name],
      DICTIONARY_FORMATTING,
    ),
  );
  // What changed, widened to the whole entry so that the edit reads as the entry it rewrites.
  let start = 0;
  while (start < entry.offset && text[start] === result[start]) start++;
  let kept = 0;
  const keptAtMost = text.length - (entry.offset + entry.length);
  while (kept < keptAtMost && text[text.length - 1 - kept] === result[result.length - 1 - kept]) kept++;
  return { offset: start, length: text.length - kept - start, content: result.slice(start, result.length - kept) };
}
