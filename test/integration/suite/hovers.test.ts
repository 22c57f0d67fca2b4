import * as assert from 'assert';
import { hoverAt, lensApi, openEditor, unescapeMarkdown, workspaceUri } from './helpers';

suite('Hover cards', () => {
  suiteSetup(() => lensApi());

  test('hovering "Assad" shows who he is, his relations, aliases, mentions and source', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const { text } = await hoverAt(editor.document, 'Assad’s last');
    const card = unescapeMarkdown(text);
    assert.match(card, /\*\*Bashar al-Assad\*\* · person/);
    assert.match(card, /President of Syria/);
    assert.match(card, /younger brother: \[Maher al-Assad\]\(command:newsroomLens\.showEntity\?/);
    assert.match(card, /wife: \[Asma al-Assad\]/);
    assert.match(card, /ally of \[Iran\]/);
    assert.match(card, /Also written: Assad, al-Assad/);
    // Counted by hand in draft.md: the headline, "Bashar al-Assad", "Assad’s", "Al-Assad", "Assad's".
    assert.match(card, /Mentions in this draft: 5/);
    // The headline the shipped dictionary's sentence opens with ("Syrian Crisis: ") is left out.
    assert.match(
      card,
      /^> After decades of authoritarian rule, Syrian President Bashar al-Assad's regime came to an unexpected end/m,
    );
    assert.match(card, /— \*Syrian Crisis\*/);
  });

  test('the relation shows from the other side on the brother’s card', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const card = unescapeMarkdown((await hoverAt(editor.document, 'Maher')).text);
    assert.match(card, /\*\*Maher al-Assad\*\* · person/);
    assert.match(card, /younger brother of \[Bashar al-Assad\]/);
    assert.match(card, /commander of \[4th Armoured Division\]/);
  });

  test('a card may run only the extension’s own card commands', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const { hovers } = await hoverAt(editor.document, 'Lavrov');
    const card = hovers
      .flatMap((hover) => hover.contents)
      .find((content) => typeof content !== 'string' && content.value.includes('Sergei Lavrov'));
    assert.ok(card && typeof card !== 'string');
    const trusted = (card as { isTrusted?: unknown }).isTrusted;
    assert.deepStrictEqual(trusted, {
      enabledCommands: ['newsroomLens.showEntity', 'newsroomLens.showQuotationSource'],
    });
    assert.notStrictEqual((card as { supportHtml?: boolean }).supportHtml, true);
  });

  test('a name two entities share shows both and chooses neither', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const card = unescapeMarkdown((await hoverAt(editor.document, 'Makhlouf family')).text);
    assert.match(card, /could be any of 2 entities/);
    assert.match(card, /\[Ehab Makhlouf\]/);
    assert.match(card, /\[Eyad Makhlouf\]/);
  });

  test('no card on words that are not entities', async () => {
    const editor = await openEditor(workspaceUri('draft.md'));
    const { text } = await hoverAt(editor.document, 'helicopter');
    assert.ok(!text.includes('Mentions in this draft'), text);
  });

  test('text from a dictionary is escaped, not rendered', async () => {
    const name = 'Escaped [link](command:workbench.action.terminal.new) <b>bold</b>';
    const editor = await openEditor({ content: `Statement from ${name} today.` });
    const { text } = await hoverAt(editor.document, 'Escaped');
    assert.ok(text.includes('Mentions in this draft: 1'), text);
    assert.ok(!text.includes('](command:workbench'), text);
    assert.ok(!text.includes('<b>'), text);
    assert.ok(unescapeMarkdown(text).includes('link](command:workbench'), 'the name is still shown as written');
  });
});
