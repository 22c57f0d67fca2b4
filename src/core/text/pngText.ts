/**
 * Text kept inside a PNG picture: the exports of the story map and the visual timeline carry
 * their title and the source of each element this way, where picture tools show them.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The PNG with each entry's text in an `iTXt` chunk (UTF-8, uncompressed, under its keyword)
 * placed right after the header. Throws on bytes that are not a PNG.
 */
export function pngWithText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (png.length < 33 || PNG_SIGNATURE.some((byte, at) => png[at] !== byte))
    throw new Error('the picture is not a PNG');
  const header = new DataView(png.buffer, png.byteOffset, png.byteLength);
  // The signature, then IHDR: its length, type, data and CRC; text may follow it.
  const afterHeader = 8 + 12 + header.getUint32(8);
  const encoder = new TextEncoder();
  const chunks = Object.entries(entries).map(([keyword, text]) => {
    // Keyword, NUL, not compressed (0), method 0, no language tag (NUL), no translated keyword (NUL), the text.
    const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(encoder.encode('iTXt'), 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  const result = new Uint8Array(png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  result.set(png.subarray(0, afterHeader));
  let at = afterHeader;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  result.set(png.subarray(afterHeader), at);
  return result;
}

let crcTable: Uint32Array | undefined;

/** The CRC-32 PNG chunks end with (ISO 3309, as zlib computes it). */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
