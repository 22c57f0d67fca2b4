import type { BuilderModule } from './builderLoader';

/** In a browser host the builder's bundle cannot be loaded on demand. */
export function loadBuilder(): BuilderModule {
  throw new Error('building a dictionary needs VS Code on the desktop (or the newsroom-lens CLI); in the browser, open an existing *.entities.json instead');
}
