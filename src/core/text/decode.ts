/** A file's bytes read as UTF-8 text, or why they are not text. */
export type DecodedText =
  | { readonly kind: 'text'; readonly text: string }
  /** A NUL byte: a binary or UTF-16 file. `lossy` is the bytes decoded anyway, `char` where the first NUL is in it. */
  | { readonly kind: 'binary'; readonly lossy: string; readonly char: number }
  /** A byte sequence that is not UTF-8: `byte` is where it starts in the bytes, `char` in `lossy`. */
  | { readonly kind: 'not-utf8'; readonly lossy: string; readonly byte: number; readonly char: number };

/** Decodes UTF-8 bytes, refusing binary files and invalid sequences and saying where; a byte order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  // The mark is kept while decoding, so that characters and bytes are counted from the same start.
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const mark = decoded.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lossy = decoded.slice(mark);
  const nul = lossy.indexOf('\0');
  if (nul >= 0) return { kind: 'binary', lossy, char: nul };
  const invalid = firstInvalidUtf8(bytes, decoded);
  if (invalid !== undefined) return { kind: 'not-utf8', lossy, byte: invalid.byte, char: invalid.char - mark };
  return { kind: 'text', text: lossy };
}

/** Where a lenient decoding put U+FFFD for bytes that were not that character: the first invalid sequence, if any. */
function firstInvalidUtf8(bytes: Uint8Array, lossy: string): { byte: number; char: number } | undefined {
  const encoder = new TextEncoder();
  let byte = 0;
  let from = 0;
  for (let char = lossy.indexOf('\ufffd'); char >= 0; char = lossy.indexOf('\ufffd', char + 1)) {
    byte += encoder.encode(lossy.slice(from, char)).length;
    from = char;
    const written = bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd;
    if (!written) return { byte, char };
  }
  return undefined;
}
