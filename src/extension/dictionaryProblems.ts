import vscode = require('vscode');
import type { DictionaryProblem } from '../core/dictionary/parse';
import { formatProblem } from '../core/dictionary/load';
import { type DictionaryService, displayName } from './dictionaryService';
import { DIAGNOSTIC_SOURCE } from './ids';

/** VS Code's command that opens the Problems panel. */
export const SHOW_PROBLEMS_PANEL = 'workbench.actions.view.problems';

/**
 * Dictionary problems where VS Code users look: each a diagnostic on its dictionary file, at
 * the value, property or entry at fault, in the Problems panel. A notification tells of
 * problems not told before in this window, once each, and opens the panel.
 */
export function registerDictionaryProblems(dictionaries: DictionaryService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('newsroom-lens-dictionaries');
  const told = new Set<string>();
  const update = () => {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of dictionaries.problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(diagnosticOf(problem));
      byFile.set(problem.file, list);
    }
    collection.clear();
    for (const [file, diagnostics] of byFile) collection.set(vscode.Uri.parse(file, true), diagnostics);
    const untold = dictionaries.problems.filter((problem) => !told.has(keyOf(problem)));
    untold.forEach((problem) => told.add(keyOf(problem)));
    if (untold.length > 0) void notify(untold);
  };
  update();
  return vscode.Disposable.from(collection, dictionaries.onDidChange(update));
}

function diagnosticOf(problem: DictionaryProblem): vscode.Diagnostic {
  const where = problem.location;
  const range = where
    ? new vscode.Range(where.line - 1, where.column - 1, where.endLine - 1, where.endColumn - 1)
    : new vscode.Range(0, 0, 0, 0);
  const diagnostic = new vscode.Diagnostic(
    range,
    [problem.entry, problem.message].filter(Boolean).join(': '),
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/** A problem as itself, wherever editing has moved it in its file. */
function keyOf(problem: DictionaryProblem): string {
  return formatProblem({ ...problem, location: undefined });
}

async function notify(problems: readonly DictionaryProblem[]): Promise<void> {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const first = errors[0] ?? problems[0]!;
  const files = [...new Set(problems.map((problem) => displayName(problem.file)))];
  const counts = [
    errors.length > 0 && `${errors.length} error${errors.length === 1 ? '' : 's'}`,
    problems.length > errors.length &&
      `${problems.length - errors.length} warning${problems.length - errors.length === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' and ');
  const message =
    `Newsroom Lens: ${counts} in ${files.join(', ')}: ${formatProblem({ ...first, file: displayName(first.file) })}` +
    `${problems.length > 1 ? ' …' : ''} The rest of the dictionaries are in use.`;
  const choice =
    errors.length > 0
      ? await vscode.window.showErrorMessage(message, 'Show Problems')
      : await vscode.window.showWarningMessage(message, 'Show Problems');
  if (choice) await vscode.commands.executeCommand(SHOW_PROBLEMS_PANEL);
}
