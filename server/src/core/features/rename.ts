/**
 * Rename: a global id (its definitions and every reference) or a claim id (its `#id` and every `doc#claim`
 * or `#claim` fragment), as one set of minimal edits.
 */
import type { Doc, Position, Range, TextEdit, WorkspaceEdits } from '../model.js';
import { isValidId } from '../ids.js';
import { withArticle } from '../rules/expectedKinds.js';
import { LineIndex, compareRanges } from '../text.js';
import type { Workspace } from '../workspace.js';
import { claimIdOf } from './definition.js';
import { claimReferences, claimsWithId, docsWithId, referencesTo, relativeName } from './lookup.js';
import { fragmentRange, idPartRange } from './positions.js';
import { findTarget, type Target } from './target.js';

/** What can be renamed at a position: the id token and the id itself. */
export interface RenamePlace {
  range: Range;
  placeholder: string;
}

/** The edits of a rename, or why it cannot be done. */
export type RenameResult = { edits: WorkspaceEdits } | { error: string };

/** The id token at `position` that rename would change, or null when there is none (mention text, prose). Pure. */
export function prepareRename(ws: Workspace, uri: string, position: Position): RenamePlace | null {
  const target = findTarget(ws, uri, position);
  if (!target || target.kind === 'mention-text' || target.kind === 'claim-text') return null;
  const claimId = claimIdOf(target);
  return { range: target.range, placeholder: claimId ?? target.id };
}

/**
 * Renames the id at `position` to `newName` everywhere. Refuses an invalid id, a name already in use,
 * and a document whose id comes from its file name. Edits replace only id text, sorted per URI. Pure.
 */
export function rename(ws: Workspace, uri: string, position: Position, newName: string): RenameResult {
  const target = findTarget(ws, uri, position);
  if (!target || target.kind === 'mention-text' || target.kind === 'claim-text') {
    return { error: 'There is no id here to rename. Put the cursor on an id: a #id, a by=, src= or same= entry, a citation key or a definition.' };
  }
  if (!isValidId(newName)) {
    return {
      error: `“${newName}” is not a valid id: an id starts with a letter and continues with letters, digits, “_”, “.”, “:” or “-”.`,
    };
  }
  const claimId = claimIdOf(target);
  return claimId === null ? renameGlobal(ws, uri, target, newName) : renameClaim(ws, target.id, claimId, newName);
}

function renameGlobal(ws: Workspace, fromUri: string, target: Target, newName: string): RenameResult {
  const id = target.id;
  if (newName === id) return { edits: {} };
  const taken = ws.definitions(newName)[0];
  if (taken) {
    return { error: `“${newName}” is already defined as ${withArticle(taken.kind)} in ${relativeName(fromUri, taken.uri)}. Choose another name.` };
  }
  const edits = new Edits(id, newName);
  for (const definition of ws.definitions(id)) {
    const doc = ws.doc(definition.uri) as Doc;
    if (definition.kind === 'document' && !doc.idRange) {
      return {
        error: `The document “${id}” takes its id from its file name, which a rename cannot change. Add “id: ${id}” to its front matter first, or rename the file.`,
      };
    }
    edits.add(doc, definition.range);
  }
  for (const { doc, reference } of referencesTo(ws, id)) {
    const range = idPartRange(reference);
    if (range) edits.add(doc, range);
  }
  return edits.result();
}

function renameClaim(ws: Workspace, docId: string, claimId: string, newName: string): RenameResult {
  if (newName === claimId) return { edits: {} };
  if (claimsWithId(ws, docId, newName).length > 0) {
    return { error: `Document “${docId}” already has a claim or quote “#${newName}”. Choose another name.` };
  }
  const edits = new Edits(claimId, newName);
  for (const doc of docsWithId(ws, docId)) {
    for (const span of doc.spans) {
      if ((span.kind === 'claim' || span.kind === 'quote') && span.id === claimId && span.idRange) edits.add(doc, span.idRange);
    }
  }
  for (const { doc, reference } of claimReferences(ws, docId, claimId)) {
    const range = fragmentRange(reference);
    if (range) edits.add(doc, range);
  }
  return edits.result();
}

/** Collects replacements of `oldText`, checking that each range holds exactly that text (or that text quoted, as a YAML key may be). */
class Edits {
  readonly #byUri = new Map<string, TextEdit[]>();
  readonly #lines = new Map<string, LineIndex>();
  #problem: string | null = null;

  constructor(
    readonly oldText: string,
    readonly newText: string,
  ) {}

  add(doc: Doc, range: Range): void {
    let lines = this.#lines.get(doc.uri);
    if (!lines) this.#lines.set(doc.uri, (lines = new LineIndex(doc.text)));
    const start = lines.offsetAt(range.start);
    const written = doc.text.slice(start, lines.offsetAt(range.end));
    let editRange = range;
    if (written !== this.oldText) {
      const inner = written.length === this.oldText.length + 2 && /^(["']).*\1$/s.test(written) && written.slice(1, -1) === this.oldText;
      if (!inner) {
        this.#problem = `The id “${this.oldText}” is written in an unexpected form in ${doc.uri}, so it cannot be renamed safely. Rename it there by hand first.`;
        return;
      }
      editRange = lines.rangeOf(start + 1, start + 1 + this.oldText.length);
    }
    const list = this.#byUri.get(doc.uri) ?? [];
    if (!list.some((edit) => compareRanges(edit.range, editRange) === 0)) list.push({ range: editRange, newText: this.newText });
    this.#byUri.set(doc.uri, list);
  }

  result(): RenameResult {
    if (this.#problem) return { error: this.#problem };
    const edits: WorkspaceEdits = {};
    for (const uri of [...this.#byUri.keys()].sort()) {
      edits[uri] = (this.#byUri.get(uri) as TextEdit[]).sort((a, b) => compareRanges(a.range, b.range));
    }
    return { edits };
  }
}
