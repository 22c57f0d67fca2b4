import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  browserCommand,
  ensureSampleWorkspace,
  openFileUrl,
  sampleWorkspaceFolder,
} from '../../scripts/sampleWorkspace';
import { PROJECT_ROOT, SAMPLE_WORKSPACE } from '../../scripts/codeServer';

describe('npm start: the sample workspace and the address of its draft', () => {
  let temporary: string;
  beforeEach(() => (temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-start-'))));
  afterEach(() => fs.rmSync(temporary, { recursive: true, force: true }));

  it('keeps the sample outside the repository, in the home folder unless NEWSROOM_LENS_SAMPLE says where', () => {
    const folder = sampleWorkspaceFolder({}, '/home/reporter');
    assert.strictEqual(folder, '/home/reporter/.newsroom-lens-sample');
    assert.ok(path.relative(PROJECT_ROOT, folder).startsWith('..'), 'not inside the repository');
    assert.strictEqual(sampleWorkspaceFolder({ NEWSROOM_LENS_SAMPLE: '/tmp/desk' }, '/home/reporter'), '/tmp/desk');
  });

  it('copies the sample once, tells Git not to look in parent folders, and keeps what was changed there', () => {
    const folder = path.join(temporary, 'sample');
    ensureSampleWorkspace(SAMPLE_WORKSPACE, folder);
    assert.deepStrictEqual(fs.readdirSync(folder).sort(), ['.vscode', ...fs.readdirSync(SAMPLE_WORKSPACE)].sort());
    const settings = JSON.parse(fs.readFileSync(path.join(folder, '.vscode/settings.json'), 'utf8'));
    assert.strictEqual(settings['git.openRepositoryInParentFolders'], 'never');
    fs.writeFileSync(path.join(folder, 'draft.md'), 'My own draft.\n');
    ensureSampleWorkspace(SAMPLE_WORKSPACE, folder);
    assert.strictEqual(fs.readFileSync(path.join(folder, 'draft.md'), 'utf8'), 'My own draft.\n');
  });

  it("opens the draft with code-server's payload parameter, on the server's own host", () => {
    const url = new URL(openFileUrl('http://127.0.0.1:8080/?folder=%2Fold', '/home/r/desk', '/home/r/desk/draft.md'));
    assert.strictEqual(url.origin, 'http://127.0.0.1:8080');
    assert.strictEqual(url.searchParams.get('folder'), '/home/r/desk');
    assert.deepStrictEqual(JSON.parse(url.searchParams.get('payload')!), [
      ['openFile', 'vscode-remote://127.0.0.1:8080/home/r/desk/draft.md'],
    ]);
  });

  it('opens a browser only where one can show it', () => {
    const everywhere = () => true;
    assert.strictEqual(browserCommand({ BROWSER: 'firefox' }, everywhere), 'firefox');
    assert.strictEqual(browserCommand({}, everywhere), undefined, 'no display: only the printed address');
    assert.strictEqual(browserCommand({ DISPLAY: ':0' }, everywhere), 'xdg-open');
    assert.strictEqual(
      browserCommand({ WAYLAND_DISPLAY: 'wayland-0' }, (command) => command === 'chromium'),
      'chromium',
    );
    assert.strictEqual(
      browserCommand({ DISPLAY: ':0' }, () => false),
      undefined,
    );
  });
});
