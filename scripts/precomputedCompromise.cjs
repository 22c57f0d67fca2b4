// esbuild plugin for the bundles that carry compromise (the builder and the CLI).
//
// Every time compromise loads, it unpacks its English lexicon and conjugates and inflects
// some 25,000 words, then merges the result into its model one key at a time through a
// throwaway object: about two thirds of the builder's cold start. The model is the same on
// every load, so it is computed once here, when bundling, and the bundle carries it as data.
// The build fails if the copy differs from the original in any value, key order or shared
// reference, or if compromise's sources no longer look as expected.
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const { isDeepStrictEqual } = require('node:util');

const MODEL_MODULE = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const EXTEND_MODULE = /compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const SLOW_MERGE = 'Object.assign(model, { [key]: plugin[key] })';

/** `model` followed by property accessors: `model["two"]["endsWith"]["a"][0]`. */
const accessorOf = (path) => `model${path.map((key) => `[${JSON.stringify(key)}]`).join('')}`;

/**
 * Walks a value in key order and notes what JSON cannot carry: regular expressions,
 * undefined, and objects reached by more than one path (which JSON would duplicate).
 */
function describe(root) {
  const firstPath = new Map();
  const keyOrder = [];
  const patches = [];
  const visit = (value, path) => {
    if (value instanceof RegExp) {
      patches.push({ path, source: String(value) });
      return;
    }
    if (value === undefined) {
      patches.push({ path, source: 'undefined' });
      return;
    }
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new Error(`compromise model: ${accessorOf(path)} is ${value}, which JSON cannot carry`);
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
        throw new Error(`compromise model: ${accessorOf(path)} is a ${typeof value}`);
      return;
    }
    if (firstPath.has(value)) {
      patches.push({ path, source: accessorOf(firstPath.get(value)) });
      return;
    }
    const prototype = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null)
      throw new Error(`compromise model: ${accessorOf(path)} is a ${prototype.constructor?.name}`);
    firstPath.set(value, path);
    const keys = Object.keys(value);
    keyOrder.push(`${accessorOf(path)}: ${keys.join(',')}`);
    for (const key of keys) visit(value[key], [...path, Array.isArray(value) ? Number(key) : key]);
  };
  visit(root, []);
  return { keyOrder, patches };
}

/** A module that rebuilds the model from one JSON text, then puts back what JSON cannot carry. */
function moduleSourceOf(model) {
  const { patches } = describe(model);
  // Placeholders keep every key in its place; the patches then overwrite them in order.
  const json = JSON.stringify(model, (_key, value) => (value === undefined || value instanceof RegExp ? null : value));
  return [
    `const model = JSON.parse(${JSON.stringify(json)});`,
    ...patches.map(({ path, source }) => `${accessorOf(path)} = ${source};`),
  ].join('\n');
}

function checkCopy(original, source) {
  const copy = new Function(`${source}\nreturn model;`)();
  const before = describe(original);
  const after = describe(copy);
  if (!isDeepStrictEqual(copy, original))
    throw new Error('compromise model: the precomputed copy differs from the original');
  if (!isDeepStrictEqual(after.keyOrder, before.keyOrder) || !isDeepStrictEqual(after.patches, before.patches)) {
    throw new Error(
      'compromise model: the precomputed copy differs from the original in key order or shared references',
    );
  }
}

/** The module's replacement, made once for all the bundles of a build. */
let modelModule;
async function modelModuleFor(path) {
  const { default: model } = await import(pathToFileURL(path).href);
  const source = moduleSourceOf(model);
  checkCopy(model, source);
  return `${source}\nexport default model;\n`;
}

const precomputedCompromise = {
  name: 'precomputed-compromise',
  setup(build) {
    build.onLoad({ filter: MODEL_MODULE }, async (args) => {
      modelModule ??= modelModuleFor(args.path);
      return { contents: await modelModule, loader: 'js' };
    });
    // The same merge, without a new object per key (40,000 keys).
    build.onLoad({ filter: EXTEND_MODULE }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes(SLOW_MERGE))
        throw new Error(
          `compromise: ${args.path} no longer contains "${SLOW_MERGE}"; review scripts/precomputedCompromise.mjs`,
        );
      return { contents: source.replace(SLOW_MERGE, 'model[key] = plugin[key]'), loader: 'js' };
    });
  },
};

module.exports = { precomputedCompromise };
