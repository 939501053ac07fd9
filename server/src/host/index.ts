/**
 * The host layer: the file-system and configuration IO that the CLI and the language server share.
 * The core never does IO; everything here does, and nothing here knows the Gloss language.
 */
export { CONFIG_FILE_NAME, RULE_SETTINGS, defaultConfig, type GlossConfig, type RuleSetting } from './glossConfig.js';
export { formatConfigError, type ConfigError } from './configError.js';
export { loadConfig, readConfigText, type ConfigResult } from './loadConfig.js';
export { discoverFiles, compareStrings, type DiscoverOptions, type Discovery, type FoundFile, type SkippedPath } from './discoverFiles.js';
export { DEFAULT_MAX_FILE_BYTES, SYNC_FILE_OPS, formatBytes, readGlossFile, type FileContent, type FileOps, type FileStamp, type ReadOptions } from './readGlossFile.js';
export { decodeText, type DecodedText, type TextEncodingName } from './decodeText.js';
export { withConfiguredSeverities } from './withConfiguredSeverities.js';
export { forEachConcurrently } from './concurrently.js';
export { SCAN_SLICE_MS, forEachInSlices } from './inSlices.js';
export { tuneHeap } from './heapTuning.js';
