/**
 * Loaded before the unit tests (test/unit/.mocharc.json): the core gets its name readers at
 * once, as the CLI and the scripts give them (the extension loads them after activation).
 */
import { libraryNameReaders } from '../../src/core/text/nameReaderLibraries';
import { useNameReaders } from '../../src/core/text/nameReaders';

useNameReaders(libraryNameReaders);
