/**
 * The CLI's file access: bounded reads of regular files only, and dictionary writes that
 * leave either the old file or the new one, never a mix, and never lose a concurrent
 * writer's update.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { decodeUtf8 } from '../core/text/decode';
import {
  type FileOperations,
  KeptChanging,
  LockHeld,
  replaceFileEventually,
  replaceFileNow,
} from '../core/workspace/replaceFile';

/** A file that cannot be read or written; the message names it. The CLI exits 2. */
export class FileError extends Error {}

/** A regular file over the size limit. */
export class FileTooLarge extends FileError {}

/** An input that cannot be used as text: skipped with a note, never a crash. */
export class SkippedInput extends Error {}

/** Larger inputs are refused: the CLI reads whole files into memory. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** `file: EACCES: permission denied`, from a Node error whose own message repeats the path. */
export function describeIoError(file: string, error: unknown): string {
  if (error instanceof FileError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: ${message.replace(/, \w+(?: '.*')?$/s, '')}`;
}

/**
 * The bytes of a regular file of at most `maxBytes`. A directory, FIFO or device
 * (/dev/zero, /dev/full) is refused without reading: it would block or never end.
 */
export function readRegularFile(file: string, maxBytes: number, what: string): Buffer {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO that nobody writes to would otherwise wait forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw new FileError(describeIoError(file, error));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileError(`${file}: not a regular file (${kindOf(stat)}); a ${what} must be a file`);
    const tooLarge = (size: string) =>
      new FileTooLarge(`${file}: ${size} bytes is over the ${maxBytes}-byte limit for a ${what}`);
    if (stat.size > maxBytes) throw tooLarge(String(stat.size));
    // Never more than the limit, even from a file that grows while it is read.
    let buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(`more than ${maxBytes}`);
        buffer = Buffer.concat([buffer], Math.min(buffer.length * 2, maxBytes + 1));
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } catch (error) {
    throw error instanceof FileError ? error : new FileError(describeIoError(file, error));
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Writes `file` from what it holds now, through the steps every host shares
 * (core/workspace/replaceFile.ts): `content(current)` gets its bytes (undefined when it does
 * not exist) and returns the new text, or throws to leave the file as it is.
 */
export function replaceFile(
  file: string,
  maxBytes: number,
  what: string,
  content: (current: Buffer | undefined) => string,
): void {
  try {
    replaceFileNow(localFileOperations(maxBytes, what), resolveTarget(file, what), (current) =>
      content(current && Buffer.from(current.buffer, current.byteOffset, current.length)),
    );
  } catch (error) {
    throw describeWriteError(file, error);
  }
}

/**
 * replaceFile for a host that must not block while another writer holds the lock (the
 * extension); `name` is how messages call the file.
 */
export async function replaceFileWithoutBlocking(
  file: string,
  name: string,
  maxBytes: number,
  what: string,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  try {
    const operations: FileOperations<string> = {
      ...localFileOperations(maxBytes, what),
      pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
    await replaceFileEventually(operations, resolveTarget(file, what), content);
  } catch (error) {
    throw describeWriteError(name, error);
  }
}

/**
 * The error to report when writing `file` failed: what `content` refused says why itself; a
 * file that could not be read or written, or was locked or kept changing, is named.
 */
export function describeWriteError(file: string, error: unknown): unknown {
  if (error instanceof LockHeld || error instanceof KeptChanging)
    return new FileError(`${file}: ${error.message}; nothing was written`);
  if (error instanceof FileError || isNodeError(error))
    return new FileError(`${describeIoError(file, error)}; nothing was written`);
  return error;
}

/**
 * Node's file system as the shared steps use it, with the lock `file.lock` that the CLI and
 * the extension both take. Its pause blocks: the CLI has nothing else to do meanwhile.
 */
export function localFileOperations(maxBytes: number, what: string): FileOperations<string> {
  return {
    tryLock,
    pause: (ms) => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
    read: (file) => readIfExists(file, maxBytes, what),
    writeBeside: writeTemporary,
    rename: (from, to) => fs.renameSync(from, to),
    remove: (file) => fs.rmSync(file, { force: true }),
  };
}

/** Refuses, before any work, a target `replaceFile` would refuse: not a regular file, or in no folder. */
export function assertReplaceable(file: string, what: string): void {
  try {
    resolveTarget(file, what);
    const folder = path.dirname(path.resolve(file));
    if (!fs.existsSync(folder)) throw new FileError(`${file}: no folder ${folder}`);
  } catch (error) {
    if (error instanceof FileError || isNodeError(error))
      throw new FileError(`${describeIoError(file, error)}; nothing was written`);
    throw error;
  }
}

/** The real path to write: links are followed so that the rename replaces the file, not the link. */
function resolveTarget(file: string, what: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if (isNodeError(error) && error.code === 'ENOENT') return path.resolve(file);
    throw new FileError(describeIoError(file, error));
  }
  if (!stat.isFile()) throw new FileError(`${file}: not a regular file (${kindOf(stat)}); a ${what} must be a file`);
  return fs.realpathSync(file);
}

function readIfExists(file: string, maxBytes: number, what: string): Buffer | undefined {
  if (!fs.existsSync(file)) return undefined;
  return readRegularFile(file, maxBytes, what);
}

/** A new file beside `target` with `text`, flushed to disk, with the target's permissions. */
function writeTemporary(target: string, text: string): string {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o777 : 0o666;
  const fd = fs.openSync(temporary, 'wx', mode);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length;) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return temporary;
}

/**
 * Takes `target.lock` if nobody holds it: created exclusively with this process's id and a
 * token of its own. A lock whose process is gone (killed mid-write) is removed, to be taken
 * on the next try.
 */
function tryLock(target: string): { release: () => void } | { heldBy: string } {
  const lockFile = `${target}.lock`;
  const token = Math.random().toString(36).slice(2);
  const ours = `${process.pid} ${token}`;
  // The lock appears whole or not at all: written under a name of its own, then linked into place.
  const claim = `${lockFile}.${process.pid}.${token}`;
  fs.writeFileSync(claim, ours, { flag: 'wx' });
  try {
    fs.linkSync(claim, lockFile);
    removeLeftoverTakeovers(lockFile, ours);
    return { release: () => fs.rmSync(lockFile, { force: true }) };
  } catch (error) {
    if (!isNodeError(error) || error.code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(claim, { force: true });
  }
  const held = readLock(lockFile);
  if (held?.holder !== undefined && !isRunning(held.holder)) removeStaleLock(lockFile, held.content);
  return { heldBy: `process ${held?.holder ?? 'unknown'}, ${lockFile}` };
}

/** A writer that has not finished taking over a stale lock after this long was killed doing it. */
const ABANDONED_TAKEOVER_MS = 5_000;

/**
 * Removes the lock `content` names, and only that one. Writers that saw it stale at once
 * would otherwise each remove "the" lock, the later ones removing the lock the first had
 * just taken, and write together. Each first links the lock to a name made from its content:
 * only one link succeeds, and a content read back through it that is not the stale one shows
 * that the lock was replaced meanwhile (removing the extra name leaves it whole). A name left
 * by a writer killed in between would stop every later one; once it is old enough to have
 * been abandoned, the next generation of the name decides anew, again for one writer only.
 */
function removeStaleLock(lockFile: string, content: string): void {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const taking = (generation: number) => `${lockFile}.${digest}.${generation}.stale`;
  for (let generation = 0; ; generation++) {
    try {
      fs.linkSync(lockFile, taking(generation));
    } catch (error) {
      if (isNodeError(error) && error.code === 'ENOENT') return; // Another writer has taken it over.
      if (!isNodeError(error) || error.code !== 'EEXIST') throw error;
      if (isAbandoned(taking(generation))) continue;
      return; // Another writer is taking it over.
    }
    try {
      if (readLock(taking(generation))?.content === content) {
        fs.rmSync(lockFile, { force: true });
        for (let earlier = 0; earlier < generation; earlier++) fs.rmSync(taking(earlier), { force: true });
      }
    } finally {
      fs.rmSync(taking(generation), { force: true });
    }
    return;
  }
}

/** Linking changes a file's ctime: a name made for a takeover that old was left by a writer killed mid-way. */
function isAbandoned(taking: string): boolean {
  try {
    return Date.now() - fs.lstatSync(taking).ctimeMs > ABANDONED_TAKEOVER_MS;
  } catch {
    return false; // Gone: its writer finished.
  }
}

/**
 * Removes the names that writers killed mid-takeover left for locks long gone (a lock of ours
 * is not theirs). Only their names are removed: the locks they name no longer exist.
 */
function removeLeftoverTakeovers(lockFile: string, ours: string): void {
  const folder = path.dirname(lockFile);
  const prefix = `${path.basename(lockFile)}.`;
  for (const entry of fs.readdirSync(folder)) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.stale')) continue;
    const taking = path.join(folder, entry);
    if (readLock(taking)?.content !== ours) fs.rmSync(taking, { force: true });
  }
}

/** A lock's content and the process it names ("pid token"; older locks hold the pid alone). */
function readLock(lockFile: string): { content: string; holder: number | undefined } | undefined {
  let content: string;
  try {
    content = fs.readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(content.split(' ')[0]);
  return { content, holder: Number.isInteger(pid) && pid > 0 ? pid : undefined };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isNodeError(error) && error.code === 'EPERM';
  }
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** Reads an input as UTF-8 text; a missing or special file is an error, an unusable one is skipped. */
export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_INPUT_BYTES, 'text file');
  } catch (error) {
    throw error instanceof FileTooLarge ? new SkippedInput(`${error.message}: skipped`) : error;
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'binary') throw new SkippedInput(`${file}: skipped, it looks binary (it contains NUL bytes)`);
  if (decoded.kind === 'not-utf8') throw new SkippedInput(`${file}: skipped, it is not UTF-8 text`);
  return decoded.text;
}
