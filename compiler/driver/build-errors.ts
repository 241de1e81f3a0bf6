// Turning build failures into what the user sees: CPython's SyntaxError report,
// `file:LINE: unsupported ...` for constructs Molt does not compile, one line
// for everything else the user can fix. Never a stack trace.
import { resolve } from 'node:path';
import { PySyntaxError, formatSyntaxError } from '../frontend/syntax-error.js';
import { UserError } from '../util/errors.js';

interface LocatedError {
  message: string;
  lineno?: number;
  line?: number;
  filename?: string;
}

function isCompileError(err: unknown): err is Error & LocatedError {
  if (!(err instanceof Error)) return false;
  return /CompileError|Unsupported/i.test(err.name) || /CompileError|Unsupported/i.test(err.constructor?.name ?? '');
}

/** The text to print for a build failure, or null when `err` is not a user-facing build error. */
export function describeBuildError(err: unknown, sourcePath: string): string | null {
  if (err instanceof PySyntaxError) return formatSyntaxError(err);
  if (isCompileError(err)) {
    const line = err.lineno ?? err.line;
    // Name the file as the user typed it, even if the compiler saw its absolute path.
    const abs = resolve(sourcePath);
    const msg = err.message.startsWith(abs + ':') ? sourcePath + err.message.slice(abs.length) : err.message;
    const file = sourcePath;
    // The compiler may already prefix file:line; do not print it twice.
    if (/^[^\s:]+:\d+: /.test(msg)) return msg.endsWith('\n') ? msg : msg + '\n';
    return `${file}${line !== undefined ? `:${line}` : ''}: ${msg}\n`;
  }
  if (err instanceof UserError) return `molt: error: ${err.message}\n`;
  return null;
}
