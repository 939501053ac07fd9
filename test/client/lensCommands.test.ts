/**
 * The conversion of lens commands for VS Code, and the capability that announces them to the server.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LENS_COMMANDS, declareLensCommands, toEditorCommand, type ArgumentConverter } from '../../client/src/lensCommands.js';
import { clientCommandsOf } from '../../server/src/lsp/clientCommands.js';

/** Tags each value with the conversion it went through, so the test sees which one was applied to what. */
const TAGGING: ArgumentConverter = {
  asUri: (uri) => ({ uri }),
  asPosition: (position) => ({ position }),
  asLocation: (location) => ({ location }),
};

const range = { start: { line: 7, character: 18 }, end: { line: 7, character: 25 } };

test('showReferences arguments become a URI, a position and locations in the editor’s types', () => {
  const command = {
    title: '1 mention in 1 document',
    command: 'editor.action.showReferences',
    arguments: ['file:///c/registry.gloss.md', { line: 3, character: 2 }, [{ uri: 'file:///c/asianews.gloss.md', range }]],
  };
  assert.deepEqual(toEditorCommand(command, TAGGING), {
    title: '1 mention in 1 document',
    command: 'editor.action.showReferences',
    arguments: [{ uri: 'file:///c/registry.gloss.md' }, { position: { line: 3, character: 2 } }, [{ location: { uri: 'file:///c/asianews.gloss.md', range } }]],
  });
});

test('other commands and arguments that are not protocol JSON pass through unchanged', () => {
  const unsourced = { title: '2 claims · 1 unsourced', command: 'gloss.showUnsourcedClaims' };
  assert.equal(toEditorCommand(unsourced, TAGGING), unsourced);
  const converted = { title: 't', command: 'editor.action.showReferences', arguments: [{ uri: 'x' }, { position: 1 }, []] };
  assert.equal(toEditorCommand(converted, TAGGING), converted);
  const titleOnly = { title: 't', command: '' };
  assert.equal(toEditorCommand(titleOnly, TAGGING), titleOnly);
});

test('the declared lens commands are the ones the server builds, and other experimental capabilities stay', () => {
  const capabilities: { experimental?: unknown } = { experimental: { snippetTextEdit: true } };
  declareLensCommands(capabilities);
  assert.deepEqual(capabilities, { experimental: { snippetTextEdit: true, commands: { commands: ['editor.action.showReferences', 'gloss.showUnsourcedClaims'] } } });
  assert.deepEqual([...clientCommandsOf(capabilities)], [...LENS_COMMANDS]);
});
