import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverAt, lensApi, openEditor, unescapeMarkdown, waitFor } from './helpers';

/** Our quote-check diagnostics in a document, as [rule, words], once there are `count`. */
async function quoteFindings(document: vscode.TextDocument, count: number): Promise<[string, string][]> {
  const found = await waitFor(`quote findings in ${document.uri.toString()}`, () => {
    const ours = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === 'Newsroom Lens' && String(d.code).includes('quote'));
    return ours.length === count && ours;
  });
  return found.map((d) => [String(d.code), document.getText(d.range)]);
}

suite('Quotations', () => {
  suiteSetup(() => lensApi());

  test('a misquotation is flagged on its words, and the quick fix restores the source’s words', async () => {
    // desk.entities.json records Amal Haddad's words: "The city woke to silence and shuttered shops".
    const editor = await openEditor({
      content: 'Amal Haddad said: “The city woke to silence and closed shops.” Then she left.',
    });
    assert.deepStrictEqual(await quoteFindings(editor.document, 1), [
      ['misquote', 'The city woke to silence and closed shops'],
    ]);
    const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'misquote')!;
    assert.match(diagnostic.message, /“closed” for “shuttered”/);
    const actions = await waitFor('the fix', async () => {
      const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        diagnostic.range,
      );
      return offered.some((action) => action.title === 'Restore the words of the source') && offered;
    });
    const fix = actions.find((action) => action.title === 'Restore the words of the source')!;
    assert.strictEqual(
      await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])),
      true,
    );
    assert.strictEqual(
      editor.document.getText(),
      'Amal Haddad said: “The city woke to silence and shuttered shops.” Then she left.',
    );
    await quoteFindings(editor.document, 0);
  });

  test('a quotation copied exactly shows on hover who said it, and the speaker’s card lists it', async () => {
    const editor = await openEditor({ content: 'One reporter wrote: “The city woke to silence and shuttered shops.”' });
    const { text } = await hoverAt(editor.document, 'silence');
    assert.match(unescapeMarkdown(text), /Said by \[Amal Haddad\]/);
    const card = await openEditor({ content: 'Amal Haddad filed late.' });
    const { text: cardText } = await hoverAt(card.document, 'Amal Haddad');
    assert.match(
      unescapeMarkdown(cardText),
      /Said in the sources:\n\n- “The city woke to silence and shuttered shops” — said/,
    );
  });
});
