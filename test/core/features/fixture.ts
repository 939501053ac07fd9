/**
 * In-memory workspaces for the feature tests, with cursor markers in the rust-analyzer style:
 * `$0` marks the cursor (or a selection's start) and `$1` a selection's end, in whichever file holds them.
 */
import type { Position, Range } from '../../../server/src/core/model.js';
import { parse } from '../../../server/src/core/parse.js';
import { LineIndex } from '../../../server/src/core/text.js';
import { Workspace } from '../../../server/src/core/workspace.js';

export { range } from '../../ranges.js';

/** A workspace built from files, the URI of the file with the markers (else of the last file), the cursor, and the selection when `$1` is given. */
export interface Fixture {
  ws: Workspace;
  uri: string;
  position: Position;
  selection: Range;
}

/** Builds a workspace from `{ uri: text }`, removing the markers. */
export function fixture(files: Record<string, string>): Fixture {
  let uri = Object.keys(files).at(-1) ?? '';
  let position: Position = { line: 0, character: 0 };
  let selection: Range = { start: position, end: position };
  const docs = Object.entries(files).map(([fileUri, marked]) => {
    const cursor = marked.indexOf('$0');
    if (cursor < 0) return parse(marked, fileUri);
    let text = marked.replace('$0', '');
    const end = text.indexOf('$1');
    text = text.replace('$1', '');
    const lines = new LineIndex(text);
    uri = fileUri;
    position = lines.positionAt(cursor);
    selection = { start: position, end: end < 0 ? position : lines.positionAt(end) };
    return parse(text, fileUri);
  });
  return { ws: Workspace.build(docs), uri, position, selection };
}

/** A three-file corpus: a registry, an article with claims and quotes, and an article that links to it. */
export const CORPUS: Record<string, string> = {
  'file:///c/registry.gloss.md': [
    '---',
    'title: Registry',
    'entities:',
    '  khalaji:',
    '    name: Sepehr Khalaji',
    '    type: person',
    '    aliases: [Khalaji]',
    "    description: Head of Iran's *Government Information Council*.",
    '    wikidata: Q123',
    '  cds:',
    '    name: Corriere della Sera',
    '    type: organization',
    'sources:',
    '  fars-2023-07-03:',
    '    title: Khalaji on the return of the seized computers',
    '    publisher: cds',
    '    date: 2023-07-03',
    '    kind: statement',
    '    url: https://example.org/fars',
    '---',
    '',
  ].join('\n'),
  'file:///c/articles/cdm.gloss.md': [
    '---',
    'id: cdm',
    'title: Hard drives handed over',
    'outlet: cds',
    'published: 2023-07-03',
    '---',
    '[Sepehr Khalaji]{#khalaji} said [Tehran has received part of the hard drives]{.claim #hard-drives by=khalaji src=fars-2023-07-03}.',
    '',
    '[“Part of the hard drives have been received.”]{.quote #q by=khalaji}',
    '',
  ].join('\n'),
  'file:///c/articles/an.gloss.md': [
    '---',
    'id: an',
    'title: The mujahideen against Tirana',
    'outlet: cds',
    'related: [cdm]',
    '---',
    'Then [Khalaji]{#khalaji} confirmed [the drives reached Tehran]{.claim #drives same=cdm#hard-drives by=khalaji} [@fars-2023-07-03].',
    '',
    '[“Part of the hard drives and casings have been received.”]{.quote #q2 same=cdm#q}',
    '',
  ].join('\n'),
};
