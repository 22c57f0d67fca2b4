import * as assert from 'assert';
import { localDay } from '../../src/core/text/calendar';
import { decodeUtf8 } from '../../src/core/text/decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('reads UTF-8 text, dropping a byte order mark and keeping a U+FFFD that was written', () => {
    assert.deepStrictEqual(decodeUtf8(utf8('\ufeffcafé \ufffd')), { kind: 'text', text: 'café \ufffd' });
  });

  it('says where a NUL byte makes a file binary', () => {
    const decoded = decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x00, 0x63));
    assert.deepStrictEqual(decoded, { kind: 'binary', lossy: 'a\nb\0c', char: 3 });
  });

  it('says at which byte and character the first sequence that is not UTF-8 starts', () => {
    // "é" as Latin-1 (0xe9) after a written U+FFFD and a two-byte "é".
    const decoded = decodeUtf8(new Uint8Array([...utf8('\ufffdé '), 0xe9, 0x21]));
    assert.deepStrictEqual(decoded, { kind: 'not-utf8', lossy: '\ufffdé \ufffd!', byte: 6, char: 3 });
  });

  it('counts bytes from the start of the file and characters from after a byte order mark', () => {
    const decoded = decodeUtf8(new Uint8Array([...utf8('\ufeffab'), 0xe9]));
    assert.deepStrictEqual(decoded, { kind: 'not-utf8', lossy: 'ab\ufffd', byte: 5, char: 2 });
  });
});

describe('localDay', () => {
  it('is the calendar day of a moment in local time, late evening included', () => {
    assert.deepStrictEqual(localDay(new Date(2024, 11, 8, 23, 59)), { year: 2024, month: 12, day: 8 });
    assert.deepStrictEqual(localDay(new Date(2025, 0, 1, 0, 0)), { year: 2025, month: 1, day: 1 });
  });
});
