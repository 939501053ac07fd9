/**
 * A trailing-edge debounce for refreshes that many editor events trigger at once.
 */

/** A function that runs `fn` once, `delayMs` after the last of a burst of calls. Holds the pending timer. */
export function debounce(fn: () => void, delayMs: number): (() => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, delayMs);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
