/**
 * Preloaded (`node -r`) into a CLI that a test kills at random moments: every file write
 * goes out in small pieces with a pause between them, like a slow disk, so that many
 * kills land in the middle of a write. The bytes written are unchanged.
 */
import fs = require('fs');

const PIECE_BYTES = 512;
const PAUSE_MS = 2;
const writeSync = fs.writeSync;
const pause = new Int32Array(new SharedArrayBuffer(4));

function slowWrite(fd: number, data: string | NodeJS.ArrayBufferView, offset = 0, length?: number): number {
  const bytes =
    typeof data === 'string'
      ? Buffer.from(data)
      : Buffer.from(data.buffer, data.byteOffset + offset, length ?? data.byteLength - offset);
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    writeSync(fd, bytes, at, Math.min(PIECE_BYTES, bytes.length - at));
    Atomics.wait(pause, 0, 0, PAUSE_MS);
  }
  return bytes.length;
}

function slowWriteFile(
  file: fs.PathOrFileDescriptor,
  data: string | NodeJS.ArrayBufferView,
  options?: fs.WriteFileOptions,
): void {
  const flag = typeof options === 'object' && options?.flag !== undefined ? options.flag : 'w';
  const fd = typeof file === 'number' ? file : fs.openSync(file, flag);
  try {
    slowWrite(fd, data);
  } finally {
    if (typeof file !== 'number') fs.closeSync(fd);
  }
}

(fs as { writeSync: unknown }).writeSync = slowWrite;
(fs as { writeFileSync: unknown }).writeFileSync = slowWriteFile;
