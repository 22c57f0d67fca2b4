import { type Node, type ParseError, findNodeAtLocation, parseTree } from 'jsonc-parser';
import { type DictionaryProblem, type JsonPath, type TextLocation, locationIn } from './parse';

/**
 * Gives each problem that has no location yet the place in its file it is about: the value
 * (or, for an unknown property, the name) at its path, the nearest enclosing one where that
 * is missing, an entry by its "id", and for a file that is not JSON, its first syntax error.
 * Kept apart from the loader because jsonc-parser's parser is not needed until something is wrong.
 */
export function locateProblems(
  problems: readonly DictionaryProblem[],
  texts: ReadonlyMap<string, string>,
): DictionaryProblem[] {
  const trees = new Map<string, { root: Node | undefined; errors: ParseError[] }>();
  const treeOf = (file: string, text: string) => {
    let tree = trees.get(file);
    if (!tree) {
      const errors: ParseError[] = [];
      tree = { root: parseTree(text, errors, { disallowComments: true, allowTrailingComma: false }), errors };
      trees.set(file, tree);
    }
    return tree;
  };
  return problems.map((problem) => {
    const text = texts.get(problem.file);
    if (problem.location || text === undefined) return problem;
    const { root, errors } = treeOf(problem.file, text);
    const location = problem.path
      ? root && locateNode(text, nodeAt(root, problem.path, problem.atKey === true))
      : errors[0] && locationIn(text, errors[0].offset, Math.max(1, errors[0].length));
    return location ? { ...problem, location } : problem;
  });
}

/** The node at `path`, or at the longest part of it that exists; the property's name node with `atKey`. */
function nodeAt(root: Node, path: JsonPath, atKey: boolean): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, [...path.slice(0, length)]);
    if (!node) continue;
    const name = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return atKey && length === path.length && name ? name : node;
  }
  return root;
}

/** A value where it is, but an object, which may span pages, by its "id" if it has one (an entry), else by its "{". */
function locateNode(text: string, node: Node): TextLocation {
  if (node.type !== 'object') return locationIn(text, node.offset, node.length);
  const id = findNodeAtLocation(node, ['id']);
  return id ? locationIn(text, id.offset, id.length) : locationIn(text, node.offset, 1);
}
