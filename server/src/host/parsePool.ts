/**
 * Parsing off the main thread, in child processes that can be killed, for the texts that may need it.
 *
 * remark's parser is super-linear on some inputs (seconds for 100 KB of `> `), and deep YAML can abort V8 itself;
 * neither can be interrupted from inside the process, and a fatal abort in a worker thread takes the whole process down.
 * So each parse runs in a forked child with a time budget: when the budget runs out, or the child dies, the child is
 * killed and the file gets its front matter only, with an `analysis-limit` problem saying why.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { parse, type Doc } from '../core/index.js';
import { PARSE_WORKER_FLAG, type ParseReply, type ParseRequest } from './parseWorker.js';
import { mayParseSlowly } from './parseRisk.js';

/** How the pool starts its children and how long a parse may take. */
export interface ParsePoolOptions {
  /** The script to fork; it must call `runParseWorker` when it sees `PARSE_WORKER_FLAG`. */
  script: string;
  /** How many children parse at once. */
  size: number;
  /** Milliseconds a parse may take before its child is killed. */
  budgetMs: number;
  /** Where the pool reports a killed or failed child. */
  log: (message: string) => void;
}

interface Job {
  id: number;
  text: string;
  uri: string;
  maxLength: number | undefined;
  resolve: (doc: Doc) => void;
}

interface Worker {
  process: ChildProcess;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A pool of parse children. Stateful: it owns its child processes until `dispose`.
 * `parse` never rejects: a file that cannot be parsed in time still yields a Doc.
 */
export class ParsePool {
  readonly #options: ParsePoolOptions;
  readonly #queue: Job[] = [];
  readonly #workers = new Set<Worker>();
  #nextId = 1;
  #inProcess = false;
  #disposed = false;

  constructor(options: ParsePoolOptions) {
    this.#options = options;
  }

  /**
   * Parses `text` as the file `uri`: in a child, within the budget, when it may parse slowly; otherwise here, which
   * for an ordinary file takes well under a millisecond, far less than a round trip to a child. Each parse here runs
   * in a turn of the event loop of its own, so that a scan of thousands of files leaves the process answering.
   */
  parse(text: string, uri: string, maxLength: number | undefined): Promise<Doc> {
    if (this.#inProcess || this.#disposed) return Promise.resolve(parseHere(text, uri, maxLength));
    if (!mayParseSlowly(text)) return new Promise((resolve) => setImmediate(() => resolve(parseHere(text, uri, maxLength))));
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, text, uri, maxLength, resolve });
      this.#dispatch();
    });
  }

  /** Starts every child now, so that the first files do not wait for a child to load the parser. */
  warm(): void {
    while (!this.#inProcess && !this.#disposed && this.#workers.size < this.#options.size) this.#spawn();
  }

  /** Kills every child; later parses run in this process. */
  dispose(): void {
    this.#disposed = true;
    for (const worker of this.#workers) this.#retire(worker);
    for (const job of this.#queue.splice(0)) job.resolve(parseHere(job.text, job.uri, job.maxLength));
  }

  #dispatch(): void {
    for (const worker of this.#workers) {
      if (this.#queue.length === 0) return;
      if (worker.ready && worker.job === null) this.#start(worker, this.#queue.shift() as Job);
    }
    if (this.#queue.length > 0 && this.#workers.size < this.#options.size) this.#spawn();
  }

  #start(worker: Worker, job: Job): void {
    worker.job = job;
    worker.timer = setTimeout(() => this.#fail(worker, `took longer than its ${this.#options.budgetMs} ms budget`), this.#options.budgetMs);
    const request: ParseRequest = { id: job.id, text: job.text, uri: job.uri, maxLength: job.maxLength };
    worker.process.send(request);
  }

  #spawn(): void {
    // The child's stdout must not reach ours: under `--stdio` our stdout is the protocol stream.
    const child = fork(this.#options.script, [PARSE_WORKER_FLAG], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    const worker: Worker = { process: child, ready: false, job: null, timer: null };
    this.#workers.add(worker);
    child.on('message', (reply: ParseReply) => this.#receive(worker, reply));
    child.on('error', (error) => this.#exited(worker, error.message));
    child.on('exit', (code, signal) => this.#exited(worker, signal ? `was killed by ${signal}` : `exited with code ${code}`));
  }

  #receive(worker: Worker, reply: ParseReply): void {
    if (reply.kind === 'ready') worker.ready = true;
    else if (worker.job?.id === reply.id) this.#finish(worker, reply.doc);
    this.#dispatch();
  }

  #finish(worker: Worker, doc: Doc): void {
    const job = worker.job as Job;
    if (worker.timer) clearTimeout(worker.timer);
    worker.job = null;
    worker.timer = null;
    job.resolve(doc);
  }

  #fail(worker: Worker, reason: string): void {
    const job = worker.job;
    this.#retire(worker);
    if (job) {
      this.#options.log(`Parsing ${job.uri} ${reason}; the child was stopped and only the front matter was read.`);
      job.resolve(cutShortDoc(job.text, job.uri, reason));
    }
    this.#dispatch();
  }

  #exited(worker: Worker, reason: string): void {
    if (!this.#workers.has(worker)) return;
    if (!worker.ready && !this.#disposed) {
      // A child that dies before it can serve means the script cannot run as a worker (for example a launcher
      // that does not know the flag): parse in this process rather than fork forever.
      this.#options.log(`The parse worker ${reason} before it started; parsing continues in the server process without a time budget.`);
      this.#inProcess = true;
      this.#retire(worker);
      for (const job of this.#queue.splice(0)) job.resolve(parseHere(job.text, job.uri, job.maxLength));
      return;
    }
    this.#fail(worker, reason);
  }

  #retire(worker: Worker): void {
    if (worker.timer) clearTimeout(worker.timer);
    worker.timer = null;
    worker.job = null;
    this.#workers.delete(worker);
    worker.process.removeAllListeners('exit');
    worker.process.on('exit', () => undefined);
    worker.process.kill('SIGKILL');
  }
}

function parseHere(text: string, uri: string, maxLength: number | undefined): Doc {
  return parse(text, uri, maxLength === undefined ? {} : { maxLength });
}

/**
 * The Doc of a file whose parse was stopped because it `reason` (e.g. “took longer than its 2000 ms budget”):
 * its front matter only, so that its definitions stay in the index, and one `analysis-limit` problem that says why.
 * Both hosts report a stopped parse with it, so the editor and `gloss check` word it the same. Pure.
 *
 * The core's front-matter reader bounds YAML depth, aliases and size itself, so this runs safely in process.
 * Asking the core for front matter only (`maxLength: 0`) makes it add its own size note, which would be wrong
 * here; that note is the one problem it places at the very start of the file, so it is replaced by ours.
 */
export function cutShortDoc(text: string, uri: string, reason: string): Doc {
  const doc = parse(text, uri, { maxLength: 0 });
  const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const problems = doc.problems.filter((p) => !(p.code === 'analysis-limit' && p.range.end.line === 0 && p.range.end.character === 0));
  problems.push({
    code: 'analysis-limit',
    severity: 'info',
    message: `Gloss stopped analysing this file because parsing it ${reason}; only its front matter was read, so its spans and citations are not checked. Very deep nesting or long runs of Markdown markers make parsing slow: simplify or split the file.`,
    range: origin,
  });
  return { ...doc, problems };
}
