/**
 * The gazetteer's data. Unbundled (the unit tests, the evaluation) it is compiled here on
 * load from the packages; every bundle carries the compiled result instead, made when
 * bundling (scripts/precomputedGazetteer.cjs), so that no bundle reads a file or holds them.
 */
import { compileGazetteer } from '../../../scripts/gazetteer';

export const GAZETTEER_DATA = compileGazetteer();
