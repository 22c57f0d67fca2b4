import { type ParseError, parse, printParseErrorCode, stripComments } from 'jsonc-parser';
import { LineMap } from '../text/lines';

/** The prefix of every setting Newsroom Lens contributes. */
export const SETTINGS_SECTION = 'newsroomLens';

/** A workspace's settings as the checks read them: the value of a key after `newsroomLens.`, or undefined. */
export type SettingReader = (key: string) => unknown;

/**
 * Reads a `.vscode/settings.json` as VS Code does (comments and trailing commas allowed).
 * A file VS Code would flag as broken is refused with where it breaks, rather than read in
 * part: a CI run must not check with settings other than the editor's.
 */
export function parseWorkspaceSettings(text: string): { settings: SettingReader } | { error: string } {
  // An empty file (or one of comments only) is no settings, as in VS Code.
  if (stripComments(text).trim() === '') return { settings: () => undefined };
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, column } = new LineMap(text).position(errors[0]!.offset);
    return {
      error: `not valid JSON with comments: ${printParseErrorCode(errors[0]!.error)} at line ${line} column ${column}`,
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { error: 'settings must be a JSON object' };
  const values = json as Record<string, unknown>;
  return {
    settings: (key) => {
      const name = `${SETTINGS_SECTION}.${key}`;
      return Object.hasOwn(values, name) ? values[name] : undefined;
    },
  };
}
