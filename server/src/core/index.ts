/**
 * The façade of the Gloss language core: the only module that `host/`, `lsp/` and `cli/` import.
 * Everything exported here is pure: text in, values out.
 */
export * from './model.js';
export { LineIndex, stripBom } from './text.js';
export { isValidId, splitTarget } from './ids.js';
export { check } from './check.js';
export { parse, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse.js';
export { docToJson, type DocJson } from './docJson.js';
export { plainDoc } from './compactValues.js';
export { interned } from './interned.js';
export type { RuleConfig, RuleSetting } from './ruleConfig.js';
export { RULES } from './rules/index.js';
export { Workspace, type ClaimLocation, type Definition } from './workspace.js';
export type { DefinitionKind, DocSymbols } from './symbols.js';
export { IdUses, type IdUse } from './idUses.js';
export { codeActions, type CodeAction } from './features/codeActions.js';
export { codeLenses, type CodeLens, type CodeLensCommand } from './features/codeLenses.js';
export { completion, type CompletionItem, type CompletionKind } from './features/completion.js';
export { definition } from './features/definition.js';
export { documentHighlights, type DocumentHighlight } from './features/documentHighlights.js';
export { documentSymbols, type DocSymbol } from './features/documentSymbols.js';
export { foldingRanges, type FoldingRange } from './features/foldingRanges.js';
export { hover, type Hover } from './features/hover.js';
export { isSourced } from './sourcing.js';
export { prepareRename, rename, type RenamePlace, type RenameResult } from './features/rename.js';
export { references } from './features/references.js';
export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokens, type SemanticToken } from './features/semanticTokens.js';
export { workspaceSymbols, type WorkspaceSymbol } from './features/workspaceSymbols.js';
export { parseTree, type GlossCitation, type GlossSpan } from './syntax/index.js';
export { claimSummary, documentCard, entityCard, sourceCard } from './features/cards.js';
export { claimCard, linkedClaims, type Linked } from './features/claimCard.js';
export { wordDiff, type WordChange } from './features/wordDiff.js';
export { entityOf, nameOf, referencesTo, sourceOf, type ClaimAt } from './features/lookup.js';
export { safeUrl } from './features/markdown.js';
export { plainTextOf, type PlainDocument, type PlainRange } from './plainDocument.js';
export { symbolsOf } from './symbols.js';
export { dependentUris } from './dependents.js';
export { summarise, type DocSource, type DocSummary, type SummaryDefinition } from './docSummary.js';
