/**
 * Long work in short slices: runs `work` over `items`, yielding to the event loop whenever
 * a slice has taken `sliceMs`, so that an editor stays responsive while thousands of
 * files are read and matched. Stops early when `isCancelled` says so.
 */
export interface ChunkedOptions {
  /** How long one slice may run before yielding. */
  readonly sliceMs?: number;
  readonly isCancelled?: () => boolean;
  /** Called after each item with the number done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ChunkedResult {
  readonly completed: boolean;
  /**
   * The longest slice between yields, in milliseconds. Time the work spent awaiting (reading a
   * file) counts too, though the event loop was free then: an upper bound on what the editor felt.
   */
  readonly longestSliceMs: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function forEachChunked<T>(
  items: readonly T[],
  work: (item: T) => void | Promise<void>,
  options: ChunkedOptions = {},
): Promise<ChunkedResult> {
  const sliceMs = options.sliceMs ?? 15;
  let sliceStart = performance.now();
  let longestSliceMs = 0;
  for (let i = 0; i < items.length; i++) {
    if (options.isCancelled?.()) return { completed: false, longestSliceMs };
    await work(items[i]!);
    options.onProgress?.(i + 1, items.length);
    const elapsed = performance.now() - sliceStart;
    if (elapsed >= sliceMs) {
      longestSliceMs = Math.max(longestSliceMs, elapsed);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
  return { completed: true, longestSliceMs };
}
