import vscode = require('vscode');
import type { DictionaryService } from './dictionaryService';

/** VS Code's command that opens the Workspace Trust editor. */
export const MANAGE_TRUST = 'workbench.trust.manage';

/** True while workspace dictionaries wait for trust; the Entities view's welcome offers to manage it then. */
export const AWAITING_TRUST_CONTEXT = 'newsroomLens.dictionariesAwaitingTrust';

/** "2 workspace dictionaries wait…", or undefined when none does. */
export function awaitingTrustNote(count: number): string | undefined {
  if (count === 0) return undefined;
  return `${count} workspace dictionar${count === 1 ? 'y waits' : 'ies wait'} for trust: Restricted Mode reads only the bundled ones`;
}

/**
 * In Restricted Mode, a status bar item says how many workspace dictionaries were left unread,
 * and a click opens Workspace Trust; their names would otherwise just show as unknown.
 */
export function registerRestrictedModeNotice(dictionaries: DictionaryService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsroomLens.restrictedMode', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Newsroom Lens: Restricted Mode';
  item.command = MANAGE_TRUST;
  const update = () => {
    const count = dictionaries.awaitingTrust;
    void vscode.commands.executeCommand('setContext', AWAITING_TRUST_CONTEXT, count > 0);
    const note = awaitingTrustNote(count);
    if (!note) {
      item.hide();
      return;
    }
    item.text = `$(shield) ${count} dictionar${count === 1 ? 'y' : 'ies'} untrusted`;
    item.tooltip = `Newsroom Lens: ${note}. Click to manage Workspace Trust.`;
    item.show();
  };
  update();
  return vscode.Disposable.from(item, dictionaries.onDidChange(update));
}
