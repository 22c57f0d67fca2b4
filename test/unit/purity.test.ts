import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const coreDir = path.resolve(__dirname, '../../../src/core');
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'url',
  'events',
  'stream',
  'buffer',
  'process',
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('src/core stays pure', () => {
  // The core runs in node, in the browser (vscode.dev) and in the CLI: no vscode, no node built-ins.
  for (const file of sourceFiles(coreDir)) {
    it(path.relative(coreDir, file), () => {
      const imports = [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map(
        (m) => m[1]!,
      );
      for (const name of imports) {
        assert.notStrictEqual(name, 'vscode');
        assert.ok(!NODE_BUILTINS.includes(name.replace(/^node:/, '').split('/')[0]!), `${name} is a node built-in`);
      }
    });
  }
});
