import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { checkWorkspace } from '../../../src/cli/check';
import { libraryNameReaders } from '../../../src/core/text/nameReaderLibraries';
import { useNameReaders } from '../../../src/core/text/nameReaders';
import { librarySourceChecks } from '../../../src/core/consistency/sourceCheckLibrary';
import { useSourceChecks } from '../../../src/core/consistency/sourceChecks';
import { EXTENSION_ID, idle, lensApi, openEditor, waitFor, withSetting, workspaceUri } from './helpers';

// `check` runs here in the test's own copy of the core: it gets the name readers and source checks the CLI gives it at start.
useNameReaders(libraryNameReaders);
useSourceChecks(librarySourceChecks);

/** A finding as both sides can say it: file, rule, 0-based range, severity. */
type Seen = [file: string, rule: string, range: string, severity: string];

const DRAFTS = ['variants.md', 'fled.md', 'desk/two.md', 'desk/three.txt'];
const SEVERITY_NAMES: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Information' };

function byPosition(a: Seen, b: Seen): number {
  return a.join('\u0000').localeCompare(b.join('\u0000'));
}

/** What the Problems panel shows for the drafts: every Newsroom Lens diagnostic, of every rule. */
function editorFindings(): Seen[] {
  return DRAFTS.flatMap((draft) =>
    vscode.languages
      .getDiagnostics(workspaceUri(draft))
      .filter((diagnostic) => diagnostic.source === 'Newsroom Lens')
      .map((diagnostic): Seen => {
        const { start, end } = diagnostic.range;
        return [
          draft,
          String(diagnostic.code),
          `${start.line}:${start.character}-${end.line}:${end.character}`,
          vscode.DiagnosticSeverity[diagnostic.severity],
        ];
      }),
  ).sort(byPosition);
}

suite('Editor and CLI agree', () => {
  suiteSetup(() => lensApi());

  test('the same drafts get identical findings (rule, range, severity) in the editor and from `check`', async () => {
    // Settings the CLI reads from .vscode/settings.json, as the editor does.
    const restore = await withSetting('consistency.rules', {
      'timeline-conflict': 'error',
      'house-style': 'off',
      'acronym-first-use': 'info',
    });
    try {
      for (const draft of DRAFTS) await openEditor(workspaceUri(draft));
      await idle();
      const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const bundled = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'entities');
      const report = checkWorkspace(
        { workspace: folder, paths: DRAFTS.map((draft) => path.join(folder, draft)), dictionaries: [], bundled: true },
        fs
          .readdirSync(bundled)
          .filter((name) => name.endsWith('.entities.json'))
          .sort()
          .map((name) => path.join(bundled, name)),
      );
      const cli = report.findings
        .map((f): Seen => [
          path.relative(folder, f.file).split(path.sep).join('/'),
          f.rule,
          `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1}`,
          SEVERITY_NAMES[f.severity]!,
        ])
        .sort(byPosition);
      // The workspace's broken dictionaries are the editor's too: the CLI names them and stops short of a pass.
      assert.deepStrictEqual(
        [...new Set(report.problems.filter((p) => p.severity === 'error').map((p) => path.basename(p.file)))].sort(),
        ['broken.entities.json', 'unfinished.entities.json'],
      );
      assert.ok(
        cli.some(([, rule, , severity]) => rule === 'timeline-conflict' && severity === 'Error'),
        String(cli),
      );
      assert.ok(cli.some(([, rule, , severity]) => rule === 'acronym-first-use' && severity === 'Information'));
      assert.ok(!cli.some(([, rule]) => rule === 'house-style'));
      // The editor's checks land as the documents settle; they must come to exactly the CLI's.
      await waitFor('the editor to show the CLI findings', () => {
        const seen = editorFindings();
        return JSON.stringify(seen) === JSON.stringify(cli) || undefined;
      }).catch(() => undefined);
      assert.deepStrictEqual(editorFindings(), cli);
    } finally {
      await restore();
    }
  });

  test('a dictionary the workspace .gitignore leaves out is loaded by neither the editor nor `check`', async () => {
    const api = await lensApi();
    const encode = (entities: object[]) => new TextEncoder().encode(JSON.stringify({ entities }));
    const kept = workspaceUri('kept-probe.entities.json');
    const ignored = workspaceUri('archive', 'ignored-probe.entities.json');
    const draft = workspaceUri('gitignore-probe.md');
    await vscode.workspace.fs.writeFile(
      ignored,
      encode([{ id: 'hadi-fares', name: 'Hadi Fares', type: 'person', aliases: ['Fares'] }]),
    );
    await vscode.workspace.fs.writeFile(
      kept,
      encode([{ id: 'zaid-rami', name: 'Zaid Rami', type: 'person', aliases: ['Rami'] }]),
    );
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Rami spoke. Fares spoke.\n'));
    try {
      await waitFor('the kept dictionary to load', () => api.index().get('zaid-rami'));
      assert.strictEqual(api.index().get('hadi-fares'), undefined);
      const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const report = checkWorkspace({ workspace: folder, paths: [draft.fsPath], dictionaries: [], bundled: false }, []);
      assert.deepStrictEqual(
        report.findings.map((f) => [f.rule, f.entity]),
        [['first-reference', 'zaid-rami']],
      );
    } finally {
      for (const uri of [kept, ignored, draft]) await vscode.workspace.fs.delete(uri);
    }
  });
});
