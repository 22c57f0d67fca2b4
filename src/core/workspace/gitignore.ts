import ignore from 'ignore';

/**
 * What a folder's .gitignore leaves out, by git's own rules (comments, anchors, directory
 * patterns, negations such as `!keep.log`): a test of a path relative to the folder, written
 * with forward slashes and without a leading slash.
 */
export function gitignoreMatcher(gitignore: string): (relativePath: string) => boolean {
  const rules = ignore().add(gitignore);
  return (relativePath) => rules.ignores(relativePath);
}
