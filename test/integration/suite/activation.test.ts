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

suite('The walkthrough', () => {
  interface Step {
    id: string;
    title: string;
    description: string;
    media: { svg?: string; image?: string; altText: string };
  }
  const walkthroughs = (): { id: string; steps: Step[] }[] =>
    vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs;

  test('takes a newcomer from an article to CI, each step with its picture and a command that runs', async () => {
    await lensApi();
    const [walkthrough] = walkthroughs();
    assert.ok(walkthrough);
    assert.deepStrictEqual(
      walkthrough.steps.map((step) => step.id),
      ['build', 'hover', 'timeline', 'checkNames', 'ci'],
    );
    const registered = await vscode.commands.getCommands(false);
    const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    for (const step of walkthrough.steps) {
      const media = step.media.svg ?? step.media.image;
      assert.ok(media && step.media.altText, `${step.id} has a picture with a text alternative`);
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, media));
      assert.match(new TextDecoder().decode(bytes), /^<svg [^>]*viewBox=/, `${media} is an SVG drawing`);
      const links = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((match) => match[1]!);
      assert.strictEqual(links.length, 1, `${step.id} links one command`);
      assert.ok(registered.includes(links[0]!), `${step.id} links ${links[0]}, which is not a command`);
    }
  });
});
