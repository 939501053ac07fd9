/**
 * The language server's entry point over stdio (or IPC, as the command line says); esbuild bundles it to
 * `dist/server.cjs`. Started with `PARSE_WORKER_FLAG`, the same script serves as a parse child of the server.
 */
import { tuneHeap } from '../host/heapTuning.js';
import { PARSE_WORKER_FLAG, runParseWorker } from '../host/parseWorker.js';
import { versionNear } from '../host/packageVersion.js';
import { startServer } from './server.js';

tuneHeap();
if (process.argv.includes(PARSE_WORKER_FLAG)) runParseWorker();
else startServer(undefined, { version: versionNear(process.argv[1] ?? '') });
