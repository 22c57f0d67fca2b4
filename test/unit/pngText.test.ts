import * as assert from 'assert';
import * as zlib from 'zlib';
import { crc32, pngWithText } from '../../src/core/text/pngText';

/** A 1×1 PNG, made by zlib here so that the test does not trust the code under test. */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The picture's chunks, each with whether its CRC is right. */
function chunksOf(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const chunks: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = png.readUInt32BE(at + 8 + length) === zlib.crc32(png.subarray(at + 4, at + 8 + length));
    chunks.push({ type, data, crcOk });
    at += 12 + length;
  }
  return chunks;
}

describe('Text kept in a PNG (the pictures’ exports)', () => {
  it('puts each entry in an uncompressed iTXt chunk after the header, with a valid CRC, the picture unchanged', () => {
    const png = onePixelPng();
    const source = '[{"sentence":"Ortiz — “resigned”"}]';
    const tagged = Buffer.from(pngWithText(png, { Title: 'Timeline', Source: source }));
    const chunks = chunksOf(tagged);
    assert.deepStrictEqual(
      chunks.map(({ type, crcOk }) => [type, crcOk]),
      [
        ['IHDR', true],
        ['iTXt', true],
        ['iTXt', true],
        ['IDAT', true],
        ['IEND', true],
      ],
    );
    const sourceChunk = chunks[2]!.data;
    assert.strictEqual(sourceChunk.toString('latin1', 0, 7), 'Source\u0000');
    // Not compressed, method 0, no language tag, no translated keyword.
    assert.deepStrictEqual([...sourceChunk.subarray(7, 11)], [0, 0, 0, 0]);
    assert.strictEqual(sourceChunk.toString('utf8', 11), source);
    const untagged = chunksOf(png);
    assert.deepStrictEqual(
      chunks.filter(({ type }) => type !== 'iTXt'),
      untagged,
    );
  });

  it('refuses bytes that are not a PNG', () => {
    assert.throws(() => pngWithText(new Uint8Array(40), { Title: 'x' }), /not a PNG/);
    assert.throws(() => pngWithText(onePixelPng().subarray(0, 20), {}), /not a PNG/);
  });

  it('computes the CRC-32 PNG chunks use', () => {
    const bytes = new TextEncoder().encode('IEND');
    assert.strictEqual(crc32(bytes), 0xae426082);
    assert.strictEqual(crc32(bytes), zlib.crc32(Buffer.from(bytes)));
  });
});
