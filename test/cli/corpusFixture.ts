/**
 * The small fixture corpus of the stats and export tests, in test/fixtures/cli/corpus/.
 */
import { fileURLToPath } from 'node:url';

/** The fixture folder, from the compiled tests in out/test/cli/. */
export const CORPUS = fileURLToPath(new URL('../../../test/fixtures/cli/corpus/', import.meta.url)).replace(/\/$/, '');

/** The file URI of the fixture folder, without a final slash. */
export const CORPUS_URI = new URL('../../../test/fixtures/cli/corpus/', import.meta.url).href.replace(/\/$/, '');

/** The samples folder of the repository. */
export const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url)).replace(/\/$/, '');

/** The version the in-process runs report. */
export const TEST_VERSION = '9.9.9';
