/**
 * The façade of the Gloss language core: the only module that `host/`, `lsp/` and `cli/` import.
 * Everything exported here is pure: text in, values out.
 */
export * from './model.js';
export { LineIndex, stripBom } from './text.js';
export { isValidId, splitTarget } from './ids.js';
