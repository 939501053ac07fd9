/**
 * Request isolation (ARCHITECTURE invariant 8): a handler that throws or rejects answers its own request with
 * `-32603` and one log line, and nothing else is affected.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** How a test-injected fault fails: an Error, a RangeError, a thrown non-Error value, or a rejected promise. */
export type FaultKind = 'error' | 'range' | 'value' | 'reject';

/** A fault to inject into one method's handler, for tests of isolation. */
export interface Fault {
  method: string;
  kind: FaultKind;
}

const FAULT_KINDS: readonly FaultKind[] = ['error', 'range', 'value', 'reject'];

/**
 * The faults named by `GLOSS_TEST_FAULT=<method>[:<kind>],…` (kind defaults to `error`); empty when it is unset.
 * Only tests set it; it lets them prove that a failing handler is isolated without a broken build.
 */
export function faultsFromEnv(env: NodeJS.ProcessEnv): Fault[] {
  const value = env['GLOSS_TEST_FAULT'];
  if (!value) return [];
  return value.split(',').map((entry) => {
    const separator = entry.lastIndexOf(':');
    const kind = entry.slice(separator + 1) as FaultKind;
    return separator > 0 && FAULT_KINDS.includes(kind) ? { method: entry.slice(0, separator), kind } : { method: entry, kind: 'error' };
  });
}

/** Throws or rejects as the fault aimed at `method` says, if there is one. */
export async function injectFault(faults: readonly Fault[], method: string): Promise<void> {
  const fault = faults.find((f) => f.method === method);
  if (!fault) return;
  if (fault.kind === 'error') throw new Error(`injected fault in ${method}`);
  if (fault.kind === 'range') throw new RangeError('Maximum call stack size exceeded (injected)');
  if (fault.kind === 'value') throw `injected non-Error fault in ${method}`;
  await Promise.reject(new Error(`injected rejection in ${method}`));
}

/** The error that answers a request whose token was cancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Lets pending messages (such as `$/cancelRequest`) be read, then fails with `RequestCancelled` if the token is set. */
export async function checkCancelled(token: CancellationToken): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw cancelled();
}

/**
 * Runs a request handler so that nothing it throws escapes: a `ResponseError` (cancellation, a refused rename)
 * is the answer as it is; anything else is logged once with the method and URI and answered with `-32603`.
 */
export async function runGuarded<R>(
  method: string,
  uri: string | undefined,
  log: (message: string) => void,
  faults: readonly Fault[],
  run: () => R | Promise<R>,
): Promise<R | ResponseError<void>> {
  try {
    await injectFault(faults, method);
    return await run();
  } catch (error) {
    if (error instanceof ResponseError) return error as ResponseError<void>;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log(`${method} failed${uri ? ` for ${uri}` : ''}: ${reason}`);
    return new ResponseError(ErrorCodes.InternalError, `Gloss could not answer ${method}: ${reason}`);
  }
}
