/**
 * The nonce that lets the reading view's one script run under its Content-Security-Policy.
 */
import { randomBytes } from 'node:crypto';

/** A new unpredictable nonce (16 random bytes, base64) for each page. Stateless. */
export function nonce(): string {
  return randomBytes(16).toString('base64');
}
