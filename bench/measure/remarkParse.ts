/**
 * The floor: reading every file and parsing it with `unified().use(remarkParse)` and nothing else.
 * Gloss parses with remark-parse plus its own extensions, so while remark is the parser no Gloss cold index can beat this.
 * Usage: `node --expose-gc remarkParse.js '{"corpus":…}'`; prints a PeerResult as JSON.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readCorpus } from '../corpusFiles.js';
import { readMemory } from '../memory.js';
import type { PeerResult } from '../results.js';

const options = JSON.parse(process.argv[2] ?? '{}') as { corpus: string };
const start = performance.now();
const processor = unified().use(remarkParse);
// The trees are kept, as an index built from them would keep what it needs; memory is read while they are alive.
const trees = readCorpus(options.corpus).map((file) => processor.parse(file.text));
const coldIndexMs = performance.now() - start;
const result: PeerResult = { documents: trees.length, coldIndexMs, memory: readMemory() };
process.stdout.write(`${JSON.stringify(result)}\n`);
