import * as assert from 'assert';
import * as vscode from 'vscode';
import { seededRandom } from '../../../bench/corpus';
import { highlightedWords, idle, lensApi, openEditor, waitFor, withSetting, workspaceUri } from './helpers';

/** The sample draft, over and over: about `chars` characters of real prose dense with names. */
async function longDraft(chars: number): Promise<string> {
  const draft = (await vscode.workspace.openTextDocument(workspaceUri('draft.md'))).getText().trim();
  return `${draft}\n\n`.repeat(Math.ceil(chars / (draft.length + 2)));
}

const ourDiagnostics = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Newsroom Lens');

suite('Long drafts', () => {
  suiteSetup(() => lensApi());
  // Long untitled drafts left open would be checked again by every later test that reloads the dictionaries.
  teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  test('random edits in a long draft: at every moment, every highlight marks a name of its kind', async function () {
    this.timeout(180_000);
    const paragraph =
      'Bashar al-Assad fled to Moscow, where Dmitry Peskov said nothing. Hayat Tahrir al-Sham took Damascus.\n\n';
    const editor = await openEditor({ content: paragraph.repeat(3000) }); // sliced, and painted in batches
    await waitFor(
      'every mention highlighted',
      async () => (await highlightedWords(editor)).person?.length === 6000,
      60_000,
    );
    const api = await lensApi();
    /** Whether `text`, on its own, is a name of an entity of `kind` (texts repeat: each is matched once). */
    const isNameOf = new Map<string, boolean>();
    const nameOfKind = (kind: string, text: string) => {
      const key = `${kind}\u0000${text}`;
      let known = isNameOf.get(key);
      if (known === undefined) {
        const [mention, ...more] = api.index().mentionsIn(text);
        const whole = mention !== undefined && more.length === 0 && mention.start === 0 && mention.end === text.length;
        known =
          whole &&
          (kind === 'ambiguous'
            ? mention.entityIds.length !== 1
            : mention.entityIds.some((id) => api.index().get(id)?.type === kind));
        isNameOf.set(key, known);
      }
      return known;
    };
    /** The highlights whose characters are not, on their own, a name of an entity of their kind. */
    const misplaced = (moment: string) => {
      const wrong: string[] = [];
      for (const [kind, list] of Object.entries(api.highlightedRanges(editor) ?? {}))
        for (const range of list as vscode.Range[]) {
          const text = editor.document.getText(range);
          if (!nameOfKind(kind, text))
            wrong.push(`${moment}: ${kind} "${text}" at ${editor.document.offsetAt(range.start)}`);
        }
      return wrong;
    };
    const random = seededRandom(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const problems: string[] = [];
    for (let step = 0; step < 40; step++) {
      const text = editor.document.getText();
      // Most edits at or inside a highlighted name, in the part on screen; the rest anywhere.
      const near = (api.highlightedRanges(editor)?.person ?? []).filter((range) =>
        editor.visibleRanges.some((visible) => visible.contains(range)),
      );
      const start =
        near.length > 0 && random() < 0.7
          ? Math.min(text.length, editor.document.offsetAt(pick(near).start) + Math.floor(random() * 20) - 3)
          : Math.floor(random() * text.length);
      const end = Math.min(text.length, start + pick([0, 0, 1, 3, 8]));
      const inserted = pick(['', 'x', ' ', 'Assad ', 'ds ab', 'Moscow']);
      if (start === end && inserted === '') continue;
      const version = editor.document.version;
      await editor.edit((edit) =>
        edit.replace(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end)), inserted),
      );
      assert.ok(editor.document.version > version, 'the edit has reached the document');
      problems.push(...misplaced(`just after edit ${step}`));
      await new Promise((resolve) => setTimeout(resolve, pick([0, 20, 80, 200])));
      problems.push(...misplaced(`a moment after edit ${step}`));
    }
    await idle();
    problems.push(...misplaced('once idle'));
    assert.deepStrictEqual(problems.slice(0, 20), []);
    // And the highlights came back where the names are: as many as the matcher finds in the text now.
    const drawn = Object.values(api.highlightedRanges(editor) ?? {}).reduce((sum, list) => sum + list.length, 0);
    assert.strictEqual(drawn, api.index().mentionsIn(editor.document.getText()).length);
  });

  test('the Problems panel gets at most the chosen number of findings, the most severe first, and a note of the rest', async () => {
    const editor = await openEditor({ content: await longDraft(10_000) });
    const all = await waitFor('the draft checked', () => {
      const found = ourDiagnostics(editor.document.uri);
      return found.length > 5 && found;
    });
    const severe = all.filter((diagnostic) => diagnostic.severity <= vscode.DiagnosticSeverity.Warning);
    assert.ok(severe.length > 0 && severe.length < 3, 'the sample has a warning or two among its notes');
    const restore = await withSetting('consistency.maxProblems', 3);
    try {
      const capped = await waitFor('the findings capped', () => {
        const found = ourDiagnostics(editor.document.uri);
        return found.length === 4 && found;
      });
      const note = capped[3]!;
      assert.match(note.message, new RegExp(`^${all.length - 3} more name findings in this draft are not listed`));
      assert.match(note.message, /newsroom-lens check/);
      assert.strictEqual(note.severity, vscode.DiagnosticSeverity.Information);
      for (const warning of severe)
        assert.ok(
          capped.some((shown) => shown.range.isEqual(warning.range) && shown.message === warning.message),
          `"${warning.message}" is kept`,
        );
    } finally {
      await restore();
    }
    await waitFor('every finding back', () => ourDiagnostics(editor.document.uri).length === all.length);
  });

  test('the Entities view says it is loading while a long draft is annotated, and caps its mention lists', async () => {
    const view = (await lensApi()).entitiesView;
    await view.setScope('document');
    await openEditor({ content: await longDraft(600_000) });
    await waitFor('the draft annotated', async () => (await view.getChildren())[0]?.kind === 'group', 60_000);
    // Reloaded dictionaries: every draft is annotated again, a long one in slices, while the view is asked at once.
    await vscode.commands.executeCommand('newsroomLens.reloadDictionaries');
    // What the view shows from then until the draft's names are found again.
    const shown: string[] = [];
    await waitFor(
      'the groups once annotated',
      async () => {
        const nodes = await view.getChildren();
        shown.push(nodes.map((node) => String(view.getTreeItem(node).label).split(' ')[0]).join(' ') || 'nothing');
        return nodes[0]?.kind === 'group';
      },
      60_000,
    );
    assert.match(shown[0]!, /^Loading…$/);
    assert.ok(!shown.includes('nothing'), `the view was never empty: ${shown.join(', ')}`);
    const groups = await view.getChildren();
    const people = groups.find((group) => group.kind === 'group' && group.type === 'person')!;
    const entities = await view.getChildren(people);
    const mentions = await view.getChildren(entities[0]);
    assert.strictEqual(mentions.length, 201);
    assert.match(String(view.getTreeItem(mentions[200]!).label), /^[\d,]+ more mentions: Find All References/);
  });
});
