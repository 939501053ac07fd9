/**
 * A small seeded pseudo-random generator, so that a corpus generated twice from one seed is byte-identical.
 * `Math.random` cannot be seeded, which is why the benchmark carries its own.
 */

/** A stateful stream of pseudo-random numbers; every call advances it. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of `items` (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a generator from a 32-bit seed.
 * It is Marsaglia's xorshift32 with its output scrambled by a multiply, which is plenty for shuffling prose;
 * it is not meant for anything that needs statistical quality or secrecy.
 */
export function createRandom(seed: number): Random {
  // xorshift32 has a fixed point at zero, so a zero seed is moved off it.
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (Math.imul(state, 0x2545f491) >>> 0) / 0x1_0000_0000;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const taken: T[] = [];
      while (taken.length < count && pool.length > 0) {
        const index = int(pool.length);
        taken.push(pool[index] as T);
        pool[index] = pool[pool.length - 1] as T;
        pool.pop();
      }
      return taken;
    },
  };
}
