import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The ids in `ids` that README.md does not name as code (`id`). */
function unnamed(ids: readonly string[]): string[] {
  return ids.filter((id) => !readme.includes(`\`${id}\``));
}

describe('README.md', () => {
  it('starts with the two commands a newcomer runs', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.match(firstBlock, /^npm install && npm start\b/m);
    assert.match(firstBlock, /^npm test\b/m);
    assert.ok(readme.indexOf('```sh') < readme.indexOf('\n## '), 'the commands come before the first section');
  });

  it('names every command the extension contributes', () => {
    assert.deepStrictEqual(
      unnamed(manifest.contributes.commands.map((command: { command: string }) => command.command)),
      [],
    );
  });

  it('names every setting, and every name check the rules setting configures', () => {
    const settings = manifest.contributes.configuration.properties;
    assert.deepStrictEqual(unnamed(Object.keys(settings)), []);
    assert.deepStrictEqual(unnamed(Object.keys(settings['newsroomLens.consistency.rules'].properties)), []);
  });

  it('names every view', () => {
    const views = Object.values<{ id: string }[]>(manifest.contributes.views).flat();
    assert.ok(views.length > 0);
    assert.deepStrictEqual(unnamed(views.map((view) => view.id)), []);
  });

  it('stays a user guide: at most about 250 lines, contributors sent to CONTRIBUTING.md', () => {
    assert.ok(readme.split('\n').length <= 260, `README.md has ${readme.split('\n').length} lines`);
    assert.ok(readme.includes('(CONTRIBUTING.md)') && fs.existsSync(path.join(root, 'CONTRIBUTING.md')));
  });
});
