// Errors meant for the user: the CLI prints the message (no stack) and exits
// with `exitCode`. Anything else that escapes is a bug in Molt.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}
