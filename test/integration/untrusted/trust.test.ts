import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverAt, lensApi, openEditor, unescapeMarkdown } from '../suite/helpers';

suite('Workspace Trust', () => {
  test('the workspace is untrusted in this run', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  test('an untrusted workspace’s dictionaries are not read; the bundled ones are', async () => {
    const api = await lensApi();
    assert.strictEqual(api.index().get('amal-haddad'), undefined, 'desk.entities.json from the workspace was loaded');
    assert.strictEqual(api.index().get('good-entry'), undefined, 'broken.entities.json from the workspace was loaded');
    assert.deepStrictEqual(api.problems(), [], 'workspace dictionaries were read and checked');
    assert.strictEqual(api.index().get('bashar-al-assad')?.name, 'Bashar al-Assad');
  });

  test('highlights and cards still work with the bundled dictionaries', async () => {
    const editor = await openEditor({ content: 'Amal Haddad asked Assad.' });
    assert.match(unescapeMarkdown((await hoverAt(editor.document, 'Assad')).text), /\*\*Bashar al-Assad\*\*/);
    assert.ok(!(await hoverAt(editor.document, 'Haddad')).text.includes('Mentions in this draft'));
  });
});

suite('Restricted Mode says what it left unread', () => {
  test('counts the workspace dictionaries that wait for trust', async () => {
    const api = await lensApi();
    // desk, broken and unfinished.entities.json, from test/integration/workspace.
    assert.strictEqual(api.awaitingTrust(), 3);
  });
});
