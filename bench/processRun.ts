/**
 * Runs a measurement script or a command-line tool in a child process, so that each measurement starts cold and
 * its memory is its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProcessResult } from './results.js';

const RECORDER = fileURLToPath(new URL('./measure/recordPeakMemory.js', import.meta.url));

/** Runs `out/bench/measure/<script>.js` with a forced-collection-capable heap and returns the JSON it prints last. */
export async function runMeasurement<T>(script: string, options: object): Promise<T> {
  const path = fileURLToPath(new URL(`./measure/${script}.js`, import.meta.url));
  const { code, stdout, stderr } = await run(process.execPath, ['--expose-gc', '--max-old-space-size=8192', path, JSON.stringify(options)], {});
  const last = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) throw new Error(`The measurement ${script} failed with exit code ${code}:\n${stderr}`);
  return JSON.parse(last) as T;
}

/**
 * Runs a Node command-line tool over a corpus as a user would, timing the whole process from spawn to exit.
 * Its peak memory is recorded from inside the process by a preloaded module; the tool's output is read and dropped.
 * A tool that leaves no memory record never got to exit normally (it could not start, or crashed): that run is
 * reported as skipped with the first error line it printed, never timed as if it had done the job.
 */
export async function runTool(label: string, script: string, args: string[], cwd: string): Promise<ProcessResult | { skipped: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  const peakFile = join(folder, 'peak');
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(RECORDER).href}`, GLOSS_BENCH_PEAK_FILE: peakFile, NO_COLOR: '1' };
  const start = performance.now();
  const { code, stderr } = await run(process.execPath, [script, ...args], env, cwd);
  const wallMs = performance.now() - start;
  const record = existsSync(peakFile) ? readFileSync(peakFile, 'utf8').trim() : '';
  rmSync(folder, { recursive: true, force: true });
  if (record === '') return { skipped: `${label} failed (exit code ${code}): ${firstError(stderr)}` };
  return { command: `${label} ${args.join(' ')}`, wallMs, peakRss: Math.max(...record.split('\n').map(Number)), exitCode: code };
}

/**
 * Null when `node script --version` exits 0; otherwise why the tool cannot be measured
 * (no such file, or the first line of what it printed), so that a broken build is skipped, not timed.
 */
export async function whyNotRunnable(script: string): Promise<string | null> {
  if (!existsSync(script)) return `${script} does not exist`;
  const { code, stdout, stderr } = await run(process.execPath, [script, '--version'], {});
  if (code === 0) return null;
  return `\`${script} --version\` failed (exit code ${code}): ${firstError(`${stderr}\n${stdout}`)}`;
}

/** The first line of a tool's output that names an error, for a one-line reason. */
function firstError(output: string): string {
  return (output.split('\n').find((line) => /error/i.test(line)) ?? 'no error message').trim();
}

function run(command: string, args: string[], env: Record<string, string>, cwd?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    // Linters print a line per finding; only the tail is kept, for the error message of a failed run.
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
