/**
 * How many terminal cells a string takes, so carets line up under emoji and CJK text.
 */

/** Ranges of code points that terminals draw two cells wide (East Asian Wide and Fullwidth, and emoji). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

/** Ranges of code points that take no cell of their own: combining marks, zero-width joiners, variation selectors. */
const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0x1f3fb, 0x1f3ff],
];

const within = (ranges: ReadonlyArray<readonly [number, number]>, code: number): boolean => ranges.some(([low, high]) => code >= low && code <= high);

/** The terminal width of a string: 2 per wide character, 0 per combining one, 1 otherwise. An approximation, as every terminal's is. Pure. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Below the first combining mark every character is one cell: most text never reaches the range tables.
    if (unit < FIRST_SPECIAL) {
      width++;
      continue;
    }
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    width += within(ZERO, code) ? 0 : within(WIDE, code) ? 2 : 1;
  }
  return width;
}

/** The lowest code point of either table. */
const FIRST_SPECIAL = Math.min(...[...WIDE, ...ZERO].map(([low]) => low));
