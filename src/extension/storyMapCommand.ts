import vscode = require('vscode');
import { loadBundle } from './bundleLoader';
import { COMMANDS, STORY_MAP_VIEW_TYPE } from './ids';
import type { StoryMapPanel, StoryMapServices } from './storyMapPanel';

/**
 * Show Story Map and Export Story Map, and the map's return after a window reload. The panel,
 * its graph and its exports are a bundle loaded on the first use (most sessions never open
 * the map), and the panel open is brought forward rather than doubled. Show Story Map returns
 * the panel (for tests: `whenDrawn`); `serializer` is what VS Code calls to restore the panel.
 */
export function registerStoryMap(
  services: StoryMapServices,
): vscode.Disposable & { readonly serializer: vscode.WebviewPanelSerializer } {
  let open: StoryMapPanel | undefined;
  const bundle = () => loadBundle(services.extensionUri, 'storyMap');
  const track = (panel: StoryMapPanel) => {
    if (panel === open) return panel;
    open = panel;
    panel.onDidDispose(() => {
      if (open === panel) open = undefined;
    });
    return panel;
  };
  const show = async () => track((await bundle()).openStoryMap(services, open));
  const serializer: vscode.WebviewPanelSerializer = {
    async deserializeWebviewPanel(panel, state) {
      // One map at a time: a map already open (shown by command meanwhile) stays, the restored one goes.
      if (open) panel.dispose();
      else track(await (await bundle()).reviveStoryMap(services, panel, state));
    },
  };
  const registration = vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.showStoryMap, show),
    vscode.commands.registerCommand(COMMANDS.storyMapExport, async (format?: unknown) =>
      (await bundle()).exportStoryMap(await show(), format),
    ),
    vscode.window.registerWebviewPanelSerializer(STORY_MAP_VIEW_TYPE, serializer),
    { dispose: () => open?.dispose() },
  );
  return Object.assign(registration, { serializer });
}
