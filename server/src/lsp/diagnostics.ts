/**
 * Publishing diagnostics for every Gloss file of the workspace, refreshed after changes.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { check, type RuleConfig } from '../core/index.js';
import { toDiagnostic } from './convert.js';
import type { Snapshot } from './state.js';

/** What the scheduler needs from the server. */
export interface DiagnosticsHost {
  snapshot: () => Snapshot;
  ruleConfig: (uri: string) => RuleConfig;
  publish: (uri: string, diagnostics: Diagnostic[], version: number | undefined) => void;
  isOpen: (uri: string) => boolean;
  log: (message: string) => void;
  specUrl: string | null;
}

/** Documents checked between two yields to the event loop, so that requests are answered during a long refresh. */
const BATCH = 25;

/**
 * Stateful scheduler: `recheck` marks documents, and after a short quiet time they are checked against the snapshot
 * current at that moment, open documents first, in batches with a yield between them.
 * A document is published again only when its diagnostics or its version changed.
 */
export class DiagnosticsScheduler {
  readonly #host: DiagnosticsHost;
  readonly #delayMs: number;
  readonly #pending = new Set<string>();
  /** What was last published per URI, to skip identical pushes and to clear files that leave the workspace. */
  readonly #published = new Map<string, string>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;

  constructor(host: DiagnosticsHost, delayMs: number) {
    this.#host = host;
    this.#delayMs = delayMs;
  }

  /** Schedules the documents at `uris` to be checked again. */
  recheck(uris: Iterable<string>): void {
    for (const uri of uris) this.#pending.add(uri);
    if (this.#timer === null && !this.#running) this.#timer = setTimeout(() => void this.#run(), this.#delayMs);
  }

  /** Schedules every document of the workspace, and every URI that has diagnostics now. */
  recheckAll(): void {
    this.recheck([...this.#host.snapshot().workspace.uris(), ...this.#published.keys()]);
  }

  /** Publishes diagnostics for a URI outside the Gloss corpus (such as a broken `gloss.json`), or clears them. */
  publishExternal(uri: string, diagnostics: Diagnostic[]): void {
    this.#host.publish(uri, diagnostics, undefined);
  }

  async #run(): Promise<void> {
    this.#timer = null;
    this.#running = true;
    try {
      while (this.#pending.size > 0) {
        const batch = this.#takeBatch();
        for (const uri of batch) this.#checkOne(uri);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.#running = false;
    }
  }

  #takeBatch(): string[] {
    const all = [...this.#pending];
    const ordered = [...all.filter((uri) => this.#host.isOpen(uri)), ...all.filter((uri) => !this.#host.isOpen(uri))];
    const batch = ordered.slice(0, BATCH);
    for (const uri of batch) this.#pending.delete(uri);
    return batch;
  }

  #checkOne(uri: string): void {
    const { workspace, versions } = this.#host.snapshot();
    if (!workspace.summary(uri)) {
      if (this.#published.delete(uri)) this.#host.publish(uri, [], undefined);
      return;
    }
    try {
      const problems = check(workspace, uri, this.#host.ruleConfig(uri));
      this.#send(uri, problems.map((p) => toDiagnostic(p, this.#host.specUrl)), versions.get(uri));
    } catch (error) {
      // `check` isolates its rules, so this is a bug in Gloss; the other documents are still checked.
      this.#host.log(`Checking ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #send(uri: string, diagnostics: Diagnostic[], version: number | undefined): void {
    const key = JSON.stringify([version ?? null, diagnostics]);
    if (this.#published.get(uri) === key) return;
    this.#published.set(uri, key);
    this.#host.publish(uri, diagnostics, version);
  }
}
