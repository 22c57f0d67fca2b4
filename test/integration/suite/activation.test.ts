import * as assert from 'assert';
import * as vscode from 'vscode';
import { AMBIGUOUS_COLOR, COLORS, COMMANDS } from '../../../src/extension/ids';
import { EXTENSION_ID, lensApi } from './helpers';

suite('Activation and contributions', () => {
  test('activates and loads the bundled and the workspace dictionaries', async () => {
    const api = await lensApi();
    assert.strictEqual(api.index().get('bashar-al-assad')?.name, 'Bashar al-Assad');
    assert.strictEqual(api.index().get('amal-haddad')?.name, 'Amal Haddad');
  });

  test('reports how long loading its bundle and activating took', async () => {
    const { activation } = await lensApi();
    assert.ok(activation.activateMs >= 0);
    assert.ok(
      typeof activation.loadMs === 'number' && activation.loadMs >= 0,
      'the bundle notes when it starts and ends loading',
    );
  });

  test('every contributed command is registered and has a title and category', async () => {
    await lensApi();
    const contributed: { command: string; title?: string; category?: string }[] =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    const registered = await vscode.commands.getCommands(true);
    assert.deepStrictEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    for (const command of contributed) {
      assert.ok(registered.includes(command.command), `${command.command} is not registered`);
      assert.ok(command.title, `${command.command} has no title`);
      assert.strictEqual(command.category, 'Newsroom Lens');
    }
  });

  test('every colour the highlighter uses is contributed with light, dark and high-contrast defaults', () => {
    const colors: { id: string; defaults: Record<string, string> }[] =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.colors;
    const used = [...Object.values(COLORS).flatMap((pair) => [pair.background, pair.border]), AMBIGUOUS_COLOR];
    for (const id of used) {
      const color = colors.find((candidate) => candidate.id === id);
      assert.ok(color, `${id} is not contributed`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight'])
        assert.ok(color.defaults[theme], `${id} has no ${theme} default`);
    }
  });
});
