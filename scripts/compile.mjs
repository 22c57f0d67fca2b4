// Emits out/ for what runs unbundled in Node (the unit and e2e tests, the scripts, the bench,
// the test harnesses): every file of tsconfig.json and test/e2e/tsconfig.json transpiled on
// its own to CommonJS with a source map, and the JSON files they import copied beside them.
// The type check is tsc's (those configs have noEmit); isolatedModules and verbatimModuleSyntax
// make one file at a time a faithful translation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const PROJECTS = ['tsconfig.json', 'test/e2e/tsconfig.json'];
const OUT = 'out';

/** The TypeScript files a project compiles, as tsc lists them. */
function sourcesOf(project) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    project,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed.errors.length > 0)
    throw new Error(parsed.errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('\n'));
  return parsed.fileNames.filter((file) => !file.endsWith('.d.ts'));
}

const sources = [...new Set(PROJECTS.flatMap(sourcesOf))];
const { metafile } = await esbuild.build({
  entryPoints: sources,
  outdir: OUT,
  outbase: '.',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// Unbundled, an imported JSON file stays a require() of a file beside the output.
for (const [output, { entryPoint, imports }] of Object.entries(metafile.outputs)) {
  for (const { path: specifier } of imports) {
    if (!specifier.startsWith('.') || !specifier.endsWith('.json')) continue;
    const target = path.join(path.dirname(output), specifier);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(path.dirname(entryPoint), specifier), target);
  }
}
