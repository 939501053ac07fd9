import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '../../server/src/core/index.js';

// The façade is the API of the language core: a change to this list is a change to what every host may rely on,
// so it is made here on purpose and shows up in review.
const REVIEWED = [
  'CLAIM_STATUSES', 'DEFAULT_MAX_LENGTH', 'ENTITY_TYPES', 'IdUses', 'LineIndex', 'REFERENCE_ROLES', 'RULES', 'SEMANTIC_TOKEN_MODIFIERS',
  'SEMANTIC_TOKEN_TYPES', 'SOURCE_KINDS', 'Workspace', 'check', 'claimCard', 'claimSummary', 'codeActions', 'codeLenses',
  'completion', 'definition', 'dependentUris', 'docToJson', 'documentCard', 'documentHighlights', 'documentSymbols', 'entityCard',
  'entityOf', 'foldingRanges', 'hover', 'interned', 'isSourced', 'isValidId', 'linkedClaims', 'nameOf', 'parse', 'parseTree',
  'plainDoc', 'plainTextOf', 'prepareRename', 'references', 'referencesTo', 'rename', 'safeUrl', 'semanticTokens', 'sourceCard', 'sourceOf',
  'splitTarget', 'stripBom', 'summarise', 'symbolsOf', 'wordDiff', 'workspaceSymbols',
];

test('the core façade exports exactly the reviewed names', () => {
  assert.deepEqual(Object.keys(core).sort(), [...REVIEWED].sort());
});
