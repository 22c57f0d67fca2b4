/**
 * Loaded before the unit tests (test/unit/.mocharc.json): the core gets its name readers and
 * its checks against the sources at once, as the CLI and the scripts give them (the extension
 * loads them after activation).
 */
import { librarySourceChecks } from '../../src/core/consistency/sourceCheckLibrary';
import { useSourceChecks } from '../../src/core/consistency/sourceChecks';
import { libraryNameReaders } from '../../src/core/text/nameReaderLibraries';
import { useNameReaders } from '../../src/core/text/nameReaders';

useNameReaders(libraryNameReaders);
useSourceChecks(librarySourceChecks);
