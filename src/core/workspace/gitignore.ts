/**
 * Globs for the simple lines of a .gitignore ("build/", "/notes.txt", "*.log"); negations
 * and brace patterns are left out.
 */
export function gitignorePatterns(gitignore: string): string[] {
  return gitignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!') && !/[{},]/.test(line))
    .flatMap((line) => {
      const directory = line.endsWith('/');
      const body = line.replace(/\/$/, '');
      const anchored = body.startsWith('/') || body.slice(0, -1).includes('/');
      const glob = anchored ? body.replace(/^\//, '') : `**/${body}`;
      return directory ? [`${glob}/**`] : [glob, `${glob}/**`];
    });
}
