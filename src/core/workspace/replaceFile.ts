/**
 * Replacing a file so that a crash or a full disk leaves the old file or the new one, never a
 * mix, and a concurrent writer's update is never lost. Every host writes through these steps:
 * the CLI runs them at once over Node's file system, the extension one after another over
 * promises. The steps yield what a host operation returned, or a promise of it.
 */

/** A host's answer, or (in an asynchronous host) a promise of it. */
export type Eventually<T> = T | Promise<T>;

/** What a host offers to replace a file named by `F` (a path, a URI). */
export interface FileOperations<F> {
  /** Takes the writers' lock on `file` if nobody holds it: what releases it, or who holds it. */
  tryLock(file: F): Eventually<{ release: () => Eventually<void> } | { heldBy: string }>;
  /** Waits `ms` milliseconds between two tries of the lock. */
  pause(ms: number): Eventually<void>;
  /** The file's bytes, or undefined when there is no such file. */
  read(file: F): Eventually<Uint8Array | undefined>;
  /** A new file beside `file` holding `text`, flushed to disk. */
  writeBeside(file: F, text: string): Eventually<F>;
  /** Moves `from` over `to` in one step. */
  rename(from: F, to: F): Eventually<void>;
  /** Removes `file` if it is there. */
  remove(file: F): Eventually<void>;
}

/** How long a writer waits for another one's lock before giving up. */
export const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 25;
/** Rereads before giving up when the file keeps changing under us (an editor saving it, say). */
const MAX_ATTEMPTS = 5;

/** Another writer held the lock for all of LOCK_WAIT_MS. */
export class LockHeld extends Error {}

/** The file changed between each read and the rename that would have replaced it. */
export class KeptChanging extends Error {}

/**
 * Writes `file` from what it holds now: `content(current)` gets its bytes (undefined when it
 * does not exist) and returns the new text, or throws to leave the file as it is. Writers take
 * turns through the lock; the new text goes to a temporary file beside it, and the file is read
 * again, right before the rename, under the lock: if anyone changed it meanwhile (a writer that
 * takes no lock, such as an editor), `content` is asked again, so no update is lost.
 */
export function replaceFileNow<F>(
  files: FileOperations<F>,
  file: F,
  content: (current: Uint8Array | undefined) => string,
): void {
  const steps = replaceSteps(files, file, content);
  for (let step = steps.next(); !step.done;) step = steps.next(step.value);
}

/** replaceFileNow for a host whose operations return promises. */
export async function replaceFileEventually<F>(
  files: FileOperations<F>,
  file: F,
  content: (current: Uint8Array | undefined) => string,
): Promise<void> {
  const steps = replaceSteps(files, file, content);
  for (let step = steps.next(); !step.done;) {
    let answer: unknown;
    try {
      answer = await step.value;
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(answer);
  }
}

// Each `yield` hands an operation's answer (or its promise) to the runner, which passes it back.
function* replaceSteps<F>(
  files: FileOperations<F>,
  file: F,
  content: (current: Uint8Array | undefined) => string,
): Generator<unknown, void, unknown> {
  const release = yield* lockSteps(files, file);
  try {
    for (let attempt = 1; ; attempt++) {
      const before = (yield files.read(file)) as Uint8Array | undefined;
      const temporary = (yield files.writeBeside(file, content(before))) as F;
      try {
        if (sameBytes(before, (yield files.read(file)) as Uint8Array | undefined)) {
          yield files.rename(temporary, file);
          return;
        }
      } finally {
        yield files.remove(temporary);
      }
      if (attempt === MAX_ATTEMPTS) throw new KeptChanging('kept changing while it was written');
    }
  } finally {
    yield release();
  }
}

function* lockSteps<F>(files: FileOperations<F>, file: F): Generator<unknown, () => Eventually<void>, unknown> {
  const deadline = performance.now() + LOCK_WAIT_MS;
  for (;;) {
    const taken = (yield files.tryLock(file)) as { release: () => Eventually<void> } | { heldBy: string };
    if ('release' in taken) return taken.release;
    if (performance.now() > deadline)
      throw new LockHeld(`another writer (${taken.heldBy}) has been writing it for ${LOCK_WAIT_MS / 1000} s`);
    yield files.pause(LOCK_POLL_MS);
  }
}

/** Whether two files' contents (undefined: no file) are the same. */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
