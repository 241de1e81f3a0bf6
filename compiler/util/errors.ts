// Errors meant for the user: the CLI prints the message (no stack) and exits
// with `exitCode`. Anything else that escapes is a bug in Molt.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * A Python construct Molt cannot compile (yet): `app.py:12: unsupported
 * Python: class definitions (coming in a later release)`.
 */
export class CompileError extends UserError {
  constructor(readonly file: string, readonly line: number, readonly construct: string, readonly note = 'coming in a later release') {
    super(`${file}:${line}: unsupported Python: ${construct}${note ? ` (${note})` : ''}`);
    this.name = 'CompileError';
  }
}
