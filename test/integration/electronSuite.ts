// The extension-tests entry for @vscode/test-electron: runs every suite file with mocha.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: true });
  const folder = path.join(__dirname, 'suite');
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.test.js')))
    mocha.addFile(path.join(folder, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
  });
}
