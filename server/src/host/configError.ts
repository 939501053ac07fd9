/**
 * The error value that stands for a `gloss.json` that cannot be used.
 */

/** Why a configuration file was rejected, and where; `line` and `column` are 1-based, for people. */
export interface ConfigError {
  path: string;
  line: number;
  column: number;
  message: string;
}

/** Formats a configuration error as one line, `path:line:column: message`, as compilers do. */
export function formatConfigError(error: ConfigError): string {
  return `${error.path}:${error.line}:${error.column}: ${error.message}`;
}
