/**
 * `gloss export --format brat`: brat standoff, a `.txt` and an `.ann` per document.
 */
import type { Annotation, ExportedDocument } from './annotations.js';

/** The two files of one document. */
export interface BratFiles {
  txt: string;
  ann: string;
}

/**
 * The brat files of a document. Text-bound annotations (`T`) are typed by entity type (`Person`, …; `Entity` when
 * unknown), `Claim`, `Quote` or `Citation`; an annotation that spans line breaks becomes discontinuous fragments
 * (`0 5;6 10`) because brat spans may not cross a newline, and its text is the fragments joined by one space.
 * Claims and quotes get `A` lines (`Status` with the status value, `Sourced` when sourced); mentions get an `N` line
 * normalising to `Gloss:<entity id>` and citations one per key. Empty annotations are left out. Pure.
 */
export function bratFiles(doc: ExportedDocument): BratFiles {
  const lines: string[] = [];
  let t = 0;
  let attribute = 0;
  let normalisation = 0;
  for (const a of doc.annotations) {
    const fragments = fragmentsOf(doc.text, a.start, a.end);
    if (fragments.length === 0) continue;
    const tid = `T${++t}`;
    const spanText = fragments.map(([start, end]) => doc.text.slice(start, end)).join(' ');
    lines.push(`${tid}\t${typeOf(a)} ${fragments.map(([start, end]) => `${start} ${end}`).join(';')}\t${spanText}`);
    if (a.kind === 'claim' || a.kind === 'quote') {
      const status = a.attributes['status'];
      if (status !== undefined) lines.push(`A${++attribute}\tStatus ${tid} ${status}`);
      if (a.sourced === true) lines.push(`A${++attribute}\tSourced ${tid}`);
    }
    if (a.kind === 'mention' && a.id !== null) lines.push(`N${++normalisation}\tReference ${tid} Gloss:${a.id}\t${a.entity?.name ?? a.id}`);
    if (a.kind === 'citation') for (const key of a.keys) lines.push(`N${++normalisation}\tReference ${tid} Gloss:${key}\t${key}`);
  }
  return { txt: doc.text, ann: lines.map((line) => `${line}\n`).join('') };
}

/** The maximal runs of `[start, end)` that hold no line break. */
export function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) fragments.push([from, i]);
      from = i + 1;
    }
  }
  return fragments;
}

function typeOf(a: Annotation): string {
  if (a.kind === 'mention') {
    const type = a.entity?.type;
    return type ? type[0]?.toUpperCase() + type.slice(1) : 'Entity';
  }
  return a.kind[0]?.toUpperCase() + a.kind.slice(1);
}
