/**
 * The one error the CLI raises on purpose: the command line itself is wrong.
 */

/** A mistake in the command line; `main` prints `gloss: <message>` and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
