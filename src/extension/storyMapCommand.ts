import vscode = require('vscode');
import { loadBundle } from './bundleLoader';
import { COMMANDS } from './ids';
import type { StoryMapPanel, StoryMapServices } from './storyMapPanel';

/**
 * Show Story Map. The panel, its graph and its exports are a bundle loaded on the first use
 * (most sessions never open the map), and the panel open is brought forward rather than doubled.
 * The command returns the panel (for tests: `whenDrawn`).
 */
export function registerStoryMap(services: StoryMapServices): vscode.Disposable {
  let open: StoryMapPanel | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.showStoryMap, async () => {
      const { openStoryMap } = await loadBundle(services.extensionUri, 'storyMap');
      const panel = openStoryMap(services, open);
      if (panel !== open) {
        open = panel;
        panel.onDidDispose(() => {
          if (open === panel) open = undefined;
        });
      }
      return panel;
    }),
    { dispose: () => open?.dispose() },
  );
}
