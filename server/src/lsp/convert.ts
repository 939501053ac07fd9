/**
 * The one module that knows both the core's types and the Language Server Protocol's (ARCHITECTURE invariant 7).
 * Every function is pure: a core value in, an LSP value out. Core ranges already count LSP positions
 * (0-based lines, UTF-16 characters), so positions pass through unchanged.
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentHighlightKind,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  CodeActionKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SemanticTokens,
  type SemanticTokensLegend,
  type SymbolInformation,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type CodeAction as CoreCodeAction,
  type CodeLens as CoreCodeLens,
  type CompletionItem as CoreCompletionItem,
  type CompletionKind,
  type DocSymbol,
  type DocumentHighlight as CoreHighlight,
  type FoldingRange as CoreFoldingRange,
  type Hover as CoreHover,
  type Location as CoreLocation,
  type Position,
  type Problem,
  type ProblemCode,
  type ReferenceRole,
  type SemanticToken,
  type Severity,
  type WorkspaceEdits,
  type WorkspaceSymbol,
} from '../core/index.js';
import { CONFIG_FILE_NAME, type ConfigError } from '../host/index.js';
import { SHOW_REFERENCES_COMMAND, SHOW_UNSOURCED_CLAIMS_COMMAND } from './clientCommands.js';

/** The `source` of every diagnostic Gloss publishes. */
export const DIAGNOSTIC_SOURCE = 'gloss';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * A problem as an LSP diagnostic: its code, `source: "gloss"`, related locations, a link to the code's section of
 * the spec when `specUrl` is known, and the `Unnecessary` tag on unused definitions so editors fade them.
 */
export function toDiagnostic(problem: Problem, specUrl: string | null): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: SEVERITIES[problem.severity],
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
  if (specUrl !== null) diagnostic.codeDescription = { href: `${specUrl}#${problem.code}` };
  if (problem.related && problem.related.length > 0) {
    diagnostic.relatedInformation = problem.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  }
  if (problem.code === 'unused-definition') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/**
 * The Gloss problems among the diagnostics a client sends back with a code-action request; diagnostics of other
 * tools, and ones without a code, are left out.
 */
export function toProblems(diagnostics: readonly Diagnostic[]): Problem[] {
  const problems: Problem[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') continue;
    const severity = (Object.keys(SEVERITIES) as Severity[]).find((s) => SEVERITIES[s] === d.severity) ?? 'warning';
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    problems.push({ code: d.code as ProblemCode, severity, message, range: d.range });
  }
  return problems;
}

/** A `gloss.json` that cannot be used, as an error at the place the host names (its line and column are 1-based). */
export function configErrorToDiagnostic(error: ConfigError): Diagnostic {
  const position = { line: error.line - 1, character: error.column - 1 };
  return {
    range: { start: position, end: position },
    severity: DiagnosticSeverity.Error,
    code: 'invalid-config',
    source: DIAGNOSTIC_SOURCE,
    message: `${CONFIG_FILE_NAME}: ${error.message}. Gloss uses its default configuration until this is fixed.`,
  };
}

/** A hover card as Markdown. */
export function toHover(hover: CoreHover | null): Hover | null {
  return hover && { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range };
}

/** Locations pass through: the core's already carry URIs and LSP ranges. */
export function toLocations(locations: readonly CoreLocation[]): Location[] {
  return locations.map((l) => ({ uri: l.uri, range: l.range }));
}

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  entity: CompletionItemKind.Reference,
  source: CompletionItemKind.File,
  document: CompletionItemKind.File,
  claim: CompletionItemKind.Text,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Field,
  class: CompletionItemKind.Keyword,
};

/** Completion items, with a text edit over the partial word when the core names its range. */
export function toCompletionItems(items: readonly CoreCompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    const result: CompletionItem = { label: item.label, kind: COMPLETION_KINDS[item.kind], detail: item.detail };
    if (item.documentation !== undefined) result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
    if (item.sortText !== undefined) result.sortText = item.sortText;
    const newText = item.insertText ?? item.label;
    if (item.replaceRange) result.textEdit = { range: item.replaceRange, newText };
    else if (item.insertText !== undefined) result.insertText = item.insertText;
    return result;
  });
}

const SYMBOL_KINDS: Record<DocSymbol['kind'], SymbolKind> = {
  claim: SymbolKind.String,
  quote: SymbolKind.String,
  entity: SymbolKind.Object,
  source: SymbolKind.Constant,
  document: SymbolKind.File,
};

/** The outline of a document, nested as the core nests it. */
export function toDocumentSymbols(symbols: readonly DocSymbol[]): DocumentSymbol[] {
  return symbols.map((s) => ({
    name: s.name || s.kind,
    detail: s.detail,
    kind: SYMBOL_KINDS[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    children: toDocumentSymbols(s.children),
  }));
}

/** Workspace symbols with their locations. */
export function toSymbolInformation(symbols: readonly WorkspaceSymbol[]): SymbolInformation[] {
  return symbols.map((s) => ({ name: s.name, kind: SYMBOL_KINDS[s.kind], location: s.location, containerName: s.containerName }));
}

/** Highlights: definitions are writes, uses are reads. */
export function toDocumentHighlights(highlights: readonly CoreHighlight[]): DocumentHighlight[] {
  return highlights.map((h) => ({ range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** Folding ranges, keeping the core's comment and region kinds. */
export function toFoldingRanges(ranges: readonly CoreFoldingRange[]): FoldingRange[] {
  return ranges.map((r) => {
    const result: FoldingRange = { startLine: r.startLine, endLine: r.endLine };
    if (r.kind) result.kind = r.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region;
    return result;
  });
}

/** What a references lens of the document at `uri` carries until `codeLens/resolve` lists its locations. */
export interface ReferencesLensData {
  uri: string;
  title: string;
  id: string;
  roles: ReferenceRole[];
  position: Position;
}

/**
 * Code lenses for a client that can run `commands`. The claims lens runs `gloss.showUnsourcedClaims`; a definition's
 * lens is left unresolved, with its data, because listing its locations reads every document that references the id
 * and the client resolves only the lenses it shows. A lens whose command the client cannot run carries its title in
 * a command with no id: editors show the text and it does nothing when clicked.
 */
export function toCodeLenses(lenses: readonly CoreCodeLens[], uri: string, commands: ReadonlySet<string>): CodeLens[] {
  return lenses.map(({ range, title, command }): CodeLens => {
    if (command.kind === 'showUnsourcedClaims' && commands.has(SHOW_UNSOURCED_CLAIMS_COMMAND)) {
      return { range, command: { title, command: SHOW_UNSOURCED_CLAIMS_COMMAND } };
    }
    if (command.kind === 'showReferences' && commands.has(SHOW_REFERENCES_COMMAND)) {
      const data: ReferencesLensData = { uri, title, id: command.id, roles: command.roles, position: command.position };
      return { range, data };
    }
    return { range, command: { title, command: '' } };
  });
}

/** The data of a lens sent back for resolving, when it is a references lens this server made; else null. */
export function referencesLensDataOf(data: unknown): ReferencesLensData | null {
  const d = data as Partial<ReferencesLensData> | null | undefined;
  const isPosition = (p: unknown): p is Position =>
    typeof (p as Position | null)?.line === 'number' && typeof (p as Position | null)?.character === 'number';
  if (typeof d?.uri !== 'string' || typeof d.title !== 'string' || typeof d.id !== 'string') return null;
  if (!Array.isArray(d.roles) || !d.roles.every((role) => typeof role === 'string') || !isPosition(d.position)) return null;
  return { uri: d.uri, title: d.title, id: d.id, roles: d.roles, position: d.position };
}

/**
 * A references lens resolved: `editor.action.showReferences` with the arguments VS Code's command takes, as JSON
 * (document URI, position, locations). VS Code's language client passes command arguments through unconverted, so
 * the Gloss client turns them into VS Code's types before running the command.
 */
export function toReferencesLens(range: CodeLens['range'], data: ReferencesLensData, locations: readonly CoreLocation[]): CodeLens {
  return { range, command: { title: data.title, command: SHOW_REFERENCES_COMMAND, arguments: [data.uri, data.position, toLocations(locations)] } };
}

/** The legend of the semantic tokens: the core's token types and modifiers, in the core's order. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

/** Sorted single-line tokens in the protocol's relative encoding (five integers per token). */
export function toSemanticTokens(tokens: readonly SemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.character - character : token.character, token.length);
    data.push(SEMANTIC_TOKEN_TYPES.indexOf(token.type));
    data.push(token.modifiers.reduce((bits, m) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m)), 0));
    line = token.line;
    character = token.character;
  }
  return { data };
}

/**
 * Edits to several documents as one workspace edit. With `versions` (the client accepts `documentChanges`) each
 * document's edits carry the version of the text they were computed on: the open document's version, or null for a
 * file that is not open. Without it, the plain `changes` map.
 */
export function toWorkspaceEdit(edits: WorkspaceEdits, versions: ReadonlyMap<string, number> | null): WorkspaceEdit {
  const uris = Object.keys(edits).sort();
  if (versions === null) return { changes: Object.fromEntries(uris.map((uri) => [uri, edits[uri] ?? []])) };
  const documentChanges: TextDocumentEdit[] = uris.map((uri) => ({
    textDocument: { uri, version: versions.get(uri) ?? null },
    edits: edits[uri] ?? [],
  }));
  return { documentChanges };
}

/** Code actions with their workspace edits, versioned as `toWorkspaceEdit` describes. */
export function toCodeActions(
  actions: readonly CoreCodeAction[],
  versions: ReadonlyMap<string, number> | null,
  specUrl: string | null,
): CodeAction[] {
  return actions.map((action) => {
    const result: CodeAction = {
      title: action.title,
      kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
      edit: toWorkspaceEdit(action.edits, versions),
    };
    if (action.diagnostic) result.diagnostics = [toDiagnostic(action.diagnostic, specUrl)];
    if (action.isPreferred) result.isPreferred = true;
    return result;
  });
}
