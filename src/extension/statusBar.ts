import vscode = require('vscode');
import type { AnnotationCache } from './annotations';
import { isAnnotated } from './config';
import type { DictionaryService } from './dictionaryService';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids';

/** "12 entities · 3 name warnings" for the active draft; a click opens the Entities view. */
export function registerStatusBar(dictionaries: DictionaryService, annotations: AnnotationCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsroomLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Newsroom Lens';
  item.command = COMMANDS.showEntitiesView;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const annotation = document && isAnnotated(document) ? annotations.get(document) : undefined;
    if (!document || !annotation) {
      item.hide();
      return;
    }
    const entities = new Set(
      annotation.mentions.filter((mention) => mention.entityIds.length === 1).map((mention) => mention.entityIds[0]),
    );
    const warnings = vscode.languages
      .getDiagnostics(document.uri)
      .filter(
        (diagnostic) =>
          diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.severity <= vscode.DiagnosticSeverity.Warning,
      ).length;
    item.text = `$(person) ${entities.size}${warnings > 0 ? `  $(warning) ${warnings}` : ''}`;
    item.tooltip = `Newsroom Lens: ${entities.size} known entit${entities.size === 1 ? 'y' : 'ies'} in this draft, ${warnings} name warning${warnings === 1 ? '' : 's'}. Click to open the Entities view.`;
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
    dictionaries.onDidChange(update),
    annotations.onDidAnnotate(update),
  );
}
