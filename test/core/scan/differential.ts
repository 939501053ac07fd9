/**
 * The one comparison of the scanner tests: the scanner's Body against the full parser's for one text.
 */
import assert from 'node:assert/strict';
import type { Body } from '../../../server/src/core/body.js';
import { findFrontMatterBlock } from '../../../server/src/core/frontMatterBlock.js';
import { scanBody } from '../../../server/src/core/scan/scanBody.js';
import { parseTree } from '../../../server/src/core/syntax/index.js';
import { LineIndex } from '../../../server/src/core/text.js';
import { bodyFromTree } from '../../../server/src/core/treeBody.js';

/** Scans `text`; when the scanner reads it, asserts that the Body equals the full parser's. Returns whether it did. */
export function scannedAsTree(text: string, label: string): boolean {
  const block = findFrontMatterBlock(text);
  const lines = new LineIndex(text);
  const scanned = scanBody(text, block ? block.end : 0, lines);
  if (scanned === null) return false;
  const tree: Body = bodyFromTree(parseTree(text), text, lines);
  assert.deepEqual(scanned, tree, `${label}: the scanner and the full parser read ${JSON.stringify(text.slice(0, 200))} differently`);
  return true;
}
