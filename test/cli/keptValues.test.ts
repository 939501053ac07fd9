import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Workspace, parse, summarise, type DocSummary, type Problem } from '../../server/src/core/index.js';
import { checkToKeep } from '../../server/src/cli/lint.js';
import { defaultConfig } from '../../server/src/host/glossConfig.js';
import { detachedSummary } from '../../server/src/host/storedSummary.js';
import { BULKY_LENGTH, BULKY_TEXTS, heapGrowthKeeping } from '../heapAfterGc.js';

/** A document whose ids and messages are cut from a text made half a megabyte long by a front-matter note. */
function bulkyText(n: number): string {
  const note = `${'x'.repeat(BULKY_LENGTH)}${n}`;
  return `---\nid: a-document-with-a-long-id-${n}\ntitle: T\nnote: "${note}"\n---\n[Somebody]{#a-claim-with-a-long-id .claim by=somebody-nobody-defines-${n}}\n`;
}

/** What `heapGrowthKeeping` measures, for what `make` derives from each bulky document. */
function retainedBy<T>(make: (text: string, uri: string) => T): { bytes: number; kept: T[] } {
  return heapGrowthKeeping((n) => make(bulkyText(n), `file:///c/${n}.gloss.md`));
}

test('a detached summary equals the summary and keeps none of the text it was made from', () => {
  // The parser shares its ids through a table of copies, so a summary it makes holds no text; one whose id is cut
  // from the text stands for a summary made any other way.
  const cutFromText = (text: string, uri: string): DocSummary => {
    const start = text.indexOf('a-document-with');
    return { ...summarise(parse(text, uri)), id: text.slice(start, text.indexOf('\n', start)) };
  };
  const { bytes, kept } = retainedBy((text, uri) => [cutFromText(text, uri), detachedSummary(cutFromText(text, uri))] as const);
  // Holding the plain summaries too would keep every text: this measures the detached ones alone.
  const detached: DocSummary[] = kept.map(([, copy]) => copy);
  assert.deepEqual(detached, kept.map(([plain]) => plain));
  kept.length = 0;
  const { bytes: detachedBytes } = retainedBy((text, uri) => detachedSummary(cutFromText(text, uri)));
  assert.ok(bytes > 4 * 1024 * 1024, `the plain summaries keep their texts (${bytes} bytes), or this test shows nothing`);
  assert.ok(detachedBytes < 1024 * 1024, `detached summaries keep ${detachedBytes} bytes`);
  assert.equal(detached.length, BULKY_TEXTS);
});

test('the problems a Lint keeps equal check’s and keep none of the text', () => {
  const { bytes, kept } = retainedBy((text, uri) => checkToKeep(Workspace.build([parse(text, uri)]), uri, defaultConfig()));
  const expected = bulkyText(0);
  assert.deepEqual(kept[0], checkToKeep(Workspace.build([parse(expected, 'file:///c/0.gloss.md')]), 'file:///c/0.gloss.md', defaultConfig()));
  assert.ok(kept.every((problems: Problem[]) => problems.some((p) => p.code === 'unresolved-reference')));
  assert.ok(bytes < 1024 * 1024, `the kept problems hold ${bytes} bytes`);
});
