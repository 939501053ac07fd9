/**
 * Runs code-server for the editor tests: installs the packaged extension into a private extensions folder,
 * starts the server on a free port of 127.0.0.1 and ends it, with everything it started, by its process id.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

// Node 20 has fetch and AbortSignal as globals; the lint configuration does not declare Node's globals for .mjs files.
/* global fetch, AbortSignal */

const run = promisify(execFile);

/** How long code-server may take to print its address; a cold start here takes about two seconds. */
const START_TIMEOUT_MS = 60_000;
/** The interval between two polls of the health check. */
const POLL_INTERVAL_MS = 100;
/** How long code-server may take to exit after SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * User settings that keep the workbench quiet and predictable: no welcome page to take the focus,
 * no trust prompt, no telemetry or update checks, and no minimap to cover the ends of long lines.
 */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'chat.commandCenter.enabled': false,
};

/**
 * Installs a `.vsix` into `extensionsDir` with code-server's own installer, as a user would.
 * @param {string} codeServer path of the code-server executable
 * @param {string} vsix path of the packaged extension
 * @param {string} extensionsDir folder to install into
 * @returns {Promise<string>} what code-server printed, which names the installed extension
 */
export async function installExtension(codeServer, vsix, extensionsDir) {
  const { stdout } = await run(codeServer, ['--install-extension', vsix, '--extensions-dir', extensionsDir], { timeout: 120_000 });
  return stdout;
}

/**
 * Writes `settings.json` into the user data folder code-server will use.
 * @param {string} userDataDir the folder passed as --user-data-dir
 * @param {Record<string, unknown>} settings the user settings
 */
export function writeUserSettings(userDataDir, settings) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * A started code-server.
 * @typedef {object} RunningServer
 * @property {number} port the port it listens on
 * @property {number} pid the process id of its entry process, which leads its process group
 * @property {() => string} log everything it printed so far, for failure messages
 * @property {() => Promise<void>} stop ends it and its children
 */

/**
 * Starts code-server with no authentication on a port the system picks, and resolves once it serves HTTP.
 * It runs in a process group of its own so that stopping it also ends the extension host and the
 * Gloss language server it spawns.
 * @param {{ codeServer: string, userDataDir: string, extensionsDir: string, workspace: string }} options
 * @returns {Promise<RunningServer>}
 */
export async function startCodeServer({ codeServer, userDataDir, extensionsDir, workspace }) {
  const args = [
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    workspace,
  ];
  const child = spawn(codeServer, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`code-server did not start: ${codeServer}`);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    // The entry process may exit before its children; whatever is left of the group goes now.
    signalGroup(pid, 'SIGKILL');
  };
  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server printed no address within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      const onData = (/** @type {Buffer} */ chunk) => {
        output += chunk.toString('utf8');
        const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${code} before it listened:\n${output}`));
      });
    });
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, START_TIMEOUT_MS);
    return { port, pid, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Polls a URL until it answers 200, so the test starts only once the server really serves.
 * @param {string} url the URL to poll
 * @param {number} timeoutMs how long to keep trying
 */
async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    // A refused connection fails at once, so the polls are spaced out rather than spun.
    await delay(POLL_INTERVAL_MS);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
}

/**
 * Sends a signal to a whole process group, ignoring a group that has already gone.
 * @param {number} pid the id of the group's leader
 * @param {NodeJS.Signals} signal the signal
 */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
  }
}

/**
 * Where the installer script puts code-server, unless GLOSS_CODE_SERVER_DIR names another folder.
 * @param {string} root the repository root
 * @returns {string} path of the code-server executable
 */
export function codeServerPath(root) {
  const dir = process.env.GLOSS_CODE_SERVER_DIR ?? join(root, '.vscode-test', 'code-server');
  const bin = join(dir, 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) throw new Error(`code-server is not installed at ${bin}: run scripts/install-code-server.sh first.`);
  return bin;
}
