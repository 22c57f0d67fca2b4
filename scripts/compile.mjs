// Emits out/ for what runs unbundled in Node (the unit and e2e tests, the scripts, the bench,
// the test harnesses): every file of tsconfig.json, src/webview/ and test/e2e/ transpiled on
// its own to CommonJS with a source map, and the JSON files they import copied beside them.
// The type check is tsc's (those configs have noEmit); isolatedModules and verbatimModuleSyntax
// make one file at a time a faithful translation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const PROJECTS = ['tsconfig.json', 'src/webview/tsconfig.json', 'test/e2e/tsconfig.json'];
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

// TypeScript's own transpiler, not esbuild's: it exports with plain assignments, where esbuild's
// CommonJS output reads every imported function through a getter, which made the matcher's hot
// loop three times slower in the tests and in `npm run bench` than in the bundles.
const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  sourceMap: true,
};
for (const source of sources) {
  const relative = path.relative('.', source);
  const output = path.join(OUT, relative.replace(/\.ts$/, '.js'));
  const { outputText, sourceMapText, diagnostics } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
    compilerOptions: options,
    fileName: source,
    reportDiagnostics: true,
  });
  if (diagnostics?.length)
    throw new Error(`${relative}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(
    output,
    `${outputText.replace(/\/\/# sourceMappingURL=.*$/m, '')}//# sourceMappingURL=${path.basename(output)}.map\n`,
  );
  fs.writeFileSync(`${output}.map`, sourceMapText);
  // Unbundled, an imported JSON file stays a require() of a file beside the output.
  for (const [, specifier] of outputText.matchAll(/require\("(\.[^"]+\.json)"\)/g)) {
    const target = path.join(path.dirname(output), specifier);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(path.dirname(source), specifier), target);
  }
}
