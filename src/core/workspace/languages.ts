/** File name endings of the languages the workspace features and the CLI can find on disk. */
export const EXTENSIONS_BY_LANGUAGE: Record<string, readonly string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  plaintext: ['txt', 'text'],
  latex: ['tex'],
  restructuredtext: ['rst'],
  asciidoc: ['adoc', 'asciidoc'],
  html: ['html', 'htm'],
};

/** The endings of files in `languages`, each once. */
export function extensionsOf(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((language) => EXTENSIONS_BY_LANGUAGE[language] ?? []))];
}
