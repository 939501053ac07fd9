import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeActions } from '../../../server/src/core/features/codeActions.js';
import { codeLenses } from '../../../server/src/core/features/codeLenses.js';
import { completion } from '../../../server/src/core/features/completion.js';
import { definition } from '../../../server/src/core/features/definition.js';
import { documentHighlights } from '../../../server/src/core/features/documentHighlights.js';
import { documentSymbols, type DocSymbol } from '../../../server/src/core/features/documentSymbols.js';
import { foldingRanges } from '../../../server/src/core/features/foldingRanges.js';
import { hover } from '../../../server/src/core/features/hover.js';
import { references } from '../../../server/src/core/features/references.js';
import { prepareRename, rename } from '../../../server/src/core/features/rename.js';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens.js';
import { workspaceSymbols } from '../../../server/src/core/features/workspaceSymbols.js';
import type { Problem, Range, WorkspaceEdits } from '../../../server/src/core/model.js';
import { parse } from '../../../server/src/core/parse.js';
import { LineIndex } from '../../../server/src/core/text.js';
import { Workspace } from '../../../server/src/core/workspace.js';
import { CORPUS } from './fixture.js';

const AN = 'file:///c/articles/an.gloss.md';

/** Pieces that make markup likely: brackets, attribute syntax, fences, line breaks of every style, astral characters. */
const PIECE = fc.constantFrom('[', ']', '{', '}', '#', '.claim', ' by=', 'src=', ',', '@', '[@', ';', '=', '"', '---', '\n', '\r\n', '\r', ' ', 'khalaji', 'cdm#q', '😀', 'entities:', '  ', ':', '-');

/** A corpus file cut, with markup pieces inserted at random places. */
const MUTATED = fc
  .record({
    base: fc.constantFrom(...Object.values(CORPUS)),
    cut: fc.nat(),
    edits: fc.array(fc.tuple(fc.nat(), fc.array(PIECE, { maxLength: 4 })), { maxLength: 6 }),
  })
  .map(({ base, cut, edits }) => {
    let text = base.slice(0, 40 + (cut % 200));
    for (const [at, pieces] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + pieces.join('') + text.slice(i);
    }
    return text;
  });

function assertInside(ws: Workspace, uri: string, range: Range, what: string): void {
  const doc = ws.doc(uri);
  assert.ok(doc, `${what} points at a document of the workspace`);
  const lines = new LineIndex(doc.text);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} is in the document`);
    assert.ok(p.character >= 0 && p.character <= lines.lineText(p.line).length, `${what}: character ${p.character} is on line ${p.line}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what} is ordered`);
}

function assertEdits(ws: Workspace, edits: WorkspaceEdits): void {
  for (const [uri, list] of Object.entries(edits)) for (const edit of list) assertInside(ws, uri, edit.range, 'edit');
}

function assertSymbols(ws: Workspace, uri: string, symbols: DocSymbol[]): void {
  for (const symbol of symbols) {
    assertInside(ws, uri, symbol.range, 'symbol');
    assertInside(ws, uri, symbol.selectionRange, 'selection range');
    assertSymbols(ws, uri, symbol.children);
  }
}

test('every feature at every position of a mutated document returns ranges inside the documents and never throws', () => {
  fc.assert(
    fc.property(MUTATED, (text) => {
      const ws = Workspace.build(Object.entries({ ...CORPUS, [AN]: text }).map(([uri, t]) => parse(t, uri)));
      const doc = ws.doc(AN);
      assert.ok(doc);
      const lines = new LineIndex(doc.text);
      const problems: Problem[] = doc.references.map((r) => ({ code: 'unresolved-reference', severity: 'error', message: '', range: r.range }));
      for (let line = 0; line < lines.lineCount; line++) {
        for (let character = 0; character <= lines.lineText(line).length; character++) {
          const position = { line, character };
          const shown = hover(ws, AN, position);
          if (shown) assertInside(ws, AN, shown.range, 'hover');
          for (const location of [...definition(ws, AN, position), ...references(ws, AN, position, true)]) assertInside(ws, location.uri, location.range, 'location');
          for (const highlight of documentHighlights(ws, AN, position)) assertInside(ws, AN, highlight.range, 'highlight');
          const place = prepareRename(ws, AN, position);
          if (place) assertInside(ws, AN, place.range, 'rename place');
          const renamed = rename(ws, AN, position, 'renamed');
          if ('edits' in renamed) assertEdits(ws, renamed.edits);
          for (const item of completion(ws, AN, position)) if (item.replaceRange) assertInside(ws, AN, item.replaceRange, 'completion');
          const selection = { start: position, end: lines.positionAt(lines.offsetAt(position) + 7) };
          for (const action of codeActions(ws, AN, selection, problems)) assertEdits(ws, action.edits);
        }
      }
      assertSymbols(ws, AN, documentSymbols(doc));
      for (const lens of codeLenses(ws, AN)) assertInside(ws, AN, lens.range, 'lens');
      for (const token of semanticTokens(ws, AN)) {
        assertInside(ws, AN, { start: token, end: { line: token.line, character: token.character + token.length } }, 'token');
      }
      for (const fold of foldingRanges(doc)) assert.ok(fold.startLine < fold.endLine && fold.endLine < lines.lineCount);
      for (const symbol of workspaceSymbols(ws, 'a')) assertInside(ws, symbol.location.uri, symbol.location.range, 'workspace symbol');
    }),
    { numRuns: 40 },
  );
});

test('semantic tokens are sorted, single-line and never overlap on mutated documents', () => {
  fc.assert(
    fc.property(MUTATED, (text) => {
      const ws = Workspace.build(Object.entries({ ...CORPUS, [AN]: text }).map(([uri, t]) => parse(t, uri)));
      const tokens = semanticTokens(ws, AN);
      for (let i = 1; i < tokens.length; i++) {
        const a = tokens[i - 1];
        const b = tokens[i];
        assert.ok(a && b && (a.line < b.line || (a.line === b.line && a.character + a.length <= b.character)), 'tokens are sorted and disjoint');
      }
    }),
    { numRuns: 100 },
  );
});
