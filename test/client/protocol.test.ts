/**
 * The client's copy of the custom requests (`client/src/protocol.ts`) against the server's declarations.
 * The client file is read as text: it imports `vscode-languageclient`, which needs a running VS Code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ClaimsRequest, DocumentStatsRequest, EntitiesRequest, ReadingViewRequest, SourcesRequest } from '../../server/src/lsp/protocol.js';

const CLIENT_PROTOCOL = fileURLToPath(new URL('../../../client/src/protocol.ts', import.meta.url));

/** `Name` → method of every `export const Name = new RequestType<…>('method')` in the client's file. */
function clientRequests(): Record<string, string> {
  const text = readFileSync(CLIENT_PROTOCOL, 'utf8');
  return Object.fromEntries([...text.matchAll(/export const (\w+) = new RequestType<[^(]*>\('([^']+)'\)/g)].map((m) => [m[1], m[2]]));
}

test('the client declares the same custom requests as the server', () => {
  assert.deepEqual(clientRequests(), {
    EntitiesRequest: EntitiesRequest.method,
    SourcesRequest: SourcesRequest.method,
    ClaimsRequest: ClaimsRequest.method,
    DocumentStatsRequest: DocumentStatsRequest.method,
    ReadingViewRequest: ReadingViewRequest.method,
  });
});

test('the server still titles its actions as the client’s commands look for them', () => {
  const text = readFileSync(CLIENT_PROTOCOL, 'utf8');
  const titles = Object.fromEntries([...text.matchAll(/^ {2}(\w+): '([^']+)',$/gm)].map((m) => [m[1], m[2]]));
  const refactors = readFileSync(fileURLToPath(new URL('../../../server/src/core/features/selectionRefactors.ts', import.meta.url)), 'utf8');
  const fixes = readFileSync(fileURLToPath(new URL('../../../server/src/core/features/codeActions.ts', import.meta.url)), 'utf8');
  assert.deepEqual(titles, {
    mention: 'Annotate selection as mention',
    claim: 'Annotate selection as claim',
    quote: 'Annotate selection as quote',
    linkAll: 'Link all unlinked mentions of ',
  });
  for (const kind of ['mention', 'claim', 'quote'] as const) assert.ok(refactors.includes(`'${titles[kind]}`), kind);
  assert.ok(fixes.includes(`\`${titles['linkAll']}#`));
});
