/**
 * Loaded with `--import` into a command-line tool under measurement: when the tool's process exits, appends its
 * peak resident memory in bytes to the file named by `GLOSS_BENCH_PEAK_FILE`. Every Node process the tool starts
 * inherits the option and appends its own line; the parent keeps the largest.
 */
import { appendFileSync } from 'node:fs';
import { peakRss } from '../memory.js';

const target = process.env['GLOSS_BENCH_PEAK_FILE'];
if (target) process.on('exit', () => appendFileSync(target, `${peakRss()}\n`));
