/**
 * A bounded number of file operations in flight at once: enough to keep the disk and libuv's thread pool busy, few
 * enough to stay far from the limit on open file descriptors.
 */

/** Runs `run` on every item, starting them in order with at most `limit` running at once; resolves when all are done. */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await run(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
