/**
 * `npm run test:electron`: the same integration suite in desktop VS Code, downloaded by
 * @vscode/test-electron. For machines that can reach VS Code's download servers; `npm test`
 * runs the suite in code-server instead (runInCodeServer.ts).
 */
import { runTests } from '@vscode/test-electron';
import * as path from 'path';
import { PROJECT_ROOT, SAMPLE_WORKSPACE, makeWorkspace, removeWorkspace } from '../../scripts/codeServer';

async function main(): Promise<void> {
  const workspace = makeWorkspace(SAMPLE_WORKSPACE, path.join(PROJECT_ROOT, 'test/integration/workspace'));
  try {
    await runTests({
      version: '1.100.3',
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: path.join(__dirname, 'electronSuite.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--disable-gpu',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } finally {
    removeWorkspace(workspace);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
