/**
 * In-memory workspaces for renderer tests.
 */
import { readFileSync } from 'node:fs';
import { Workspace, parse } from '../../server/src/core/index.js';

/** A workspace of the given files (URI → text), parsed as the editor would parse them. */
export function workspaceOf(files: Record<string, string>): Workspace {
  return Workspace.build(Object.entries(files).map(([uri, text]) => parse(text, uri)));
}

/** The URIs of the samples, by name. */
export const SAMPLES = {
  asianews: 'file:///samples/asianews-2023-07-05.gloss.md',
  cdm: 'file:///samples/cdm-2023-07-03.gloss.md',
  registry: 'file:///samples/registry.gloss.md',
} as const;

/** The three samples of the repository, read from samples/ (tests run from out/test/render/). */
export function samplesWorkspace(): Workspace {
  const read = (name: string): string => readFileSync(new URL(`../../../samples/${name}.gloss.md`, import.meta.url), 'utf8');
  return workspaceOf({
    [SAMPLES.asianews]: read('asianews-2023-07-05'),
    [SAMPLES.cdm]: read('cdm-2023-07-03'),
    [SAMPLES.registry]: read('registry'),
  });
}

/** The style sheet of the reading view, as `gloss render` inlines it. */
export function readingCss(): string {
  return readFileSync(new URL('../../../media/reading.css', import.meta.url), 'utf8');
}
