/**
 * The child-process side of the parse pool: receives texts over IPC, parses them and sends the Docs back.
 * It holds no state between messages, so the parent may kill it at any moment and start another.
 */
import { parse, plainDoc, type Doc } from '../core/index.js';

/** The flag on the command line that makes an entry point run as a parse worker instead of a server. */
export const PARSE_WORKER_FLAG = '--gloss-parse-worker';

/** A request from the pool: parse `text` as the file `uri`. */
export interface ParseRequest {
  id: number;
  text: string;
  uri: string;
  maxLength: number | undefined;
}

/** A message from the worker: `ready` once it listens, or the Doc of a request. */
export type ParseReply = { kind: 'ready' } | { kind: 'doc'; id: number; doc: Doc };

/**
 * Serves parse requests until the parent disconnects.
 * Call it only in a process forked with an IPC channel; it returns at once otherwise.
 */
export function runParseWorker(): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.on('message', (message: ParseRequest) => {
    const doc = parse(message.text, message.uri, message.maxLength === undefined ? {} : { maxLength: message.maxLength });
    send({ kind: 'doc', id: message.id, doc: plainDoc(doc) } satisfies ParseReply);
  });
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready' } satisfies ParseReply);
}
