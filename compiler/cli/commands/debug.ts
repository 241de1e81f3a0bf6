// `molt debug <what> FILE`: inspect the compiler's intermediate forms.
import type { Argv, CommandModule } from 'yargs';
import { readSourceFile } from '../source-file.js';
import { parseModule } from '../../frontend/parser.js';
import { analyzeModule } from '../../frontend/analyze.js';
import { dumpAst } from '../../frontend/dump.js';
import { tokenize, formatToken, type Token } from '../../frontend/tokenizer.js';
import { tokenizeEncodingName } from '../../frontend/source-decode.js';
import { buildSymtable, formatSymtable } from '../../frontend/symtable.js';
import { PySyntaxError, formatSyntaxError } from '../../frontend/syntax-error.js';
import { lowerModule } from '../../lower/module.js';
import { formatModule } from '../../ir/print.js';

interface FileArgs {
  file: string;
}

/** Run `body`; a Python SyntaxError is printed CPython-style and exits 1. */
function withSyntaxErrors(file: string, body: () => void): void {
  try {
    body();
  } catch (err) {
    if (err instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(err));
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}

const fileArg = <T>(y: Argv<T>) => y.positional('file', { type: 'string', demandOption: true, describe: 'Python source file' });

export const debugCommand: CommandModule = {
  command: 'debug <what>',
  describe: 'Print intermediate forms (ast, tokens, symtable, ir) or check a file',
  builder: (y) =>
    y
      .command<FileArgs & { 'include-attributes': boolean }>({
        command: 'ast <file>',
        describe: 'Print the AST exactly as python3 ast.dump() does',
        builder: (b) =>
          fileArg(b).option('include-attributes', { type: 'boolean', default: false, describe: 'include line/column positions' }) as never,
        handler: (a) => {
          const src = readSourceFile(a.file);
          withSyntaxErrors(a.file, () => {
            process.stdout.write(dumpAst(parseModule(src, a.file), a['include-attributes']) + '\n');
          });
        },
      })
      .command<FileArgs>({
        command: 'tokens <file>',
        describe: 'Print the token stream',
        builder: (b) => fileArg(b) as never,
        handler: (a) => {
          const src = readSourceFile(a.file);
          withSyntaxErrors(a.file, () => {
            const tokens = tokenize(src, a.file, { comments: true });
            // python3 -m tokenize starts with an ENCODING pseudo-token.
            const encoding = tokenizeEncodingName(src, a.file);
            const head: Token = { type: 'ENCODING' as Token['type'], string: encoding, line: 0, col: 0, endLine: 0, endCol: 0, byteCol: 0, endByteCol: 0 };
            process.stdout.write(formatToken(head) + '\n');
            for (const t of tokens) process.stdout.write(formatToken(t) + '\n');
          });
        },
      })
      .command<FileArgs>({
        command: 'symtable <file>',
        describe: 'Print scopes and symbol flags',
        builder: (b) => fileArg(b) as never,
        handler: (a) => {
          const src = readSourceFile(a.file);
          withSyntaxErrors(a.file, () => {
            process.stdout.write(formatSymtable(buildSymtable(parseModule(src, a.file), a.file)));
          });
        },
      })
      .command<FileArgs>({
        command: 'check <file>',
        describe: 'Check the file compiles (parser, symtable and compile-stage SyntaxErrors, like python3)',
        builder: (b) => fileArg(b) as never,
        handler: (a) => {
          const src = readSourceFile(a.file);
          withSyntaxErrors(a.file, () => void analyzeModule(src, a.file));
        },
      })
      .command<FileArgs>({
        command: 'ir <file>',
        describe: 'Print the Molt IR (CFG with exception edges)',
        builder: (b) => fileArg(b) as never,
        handler: (a) => {
          const src = readSourceFile(a.file);
          withSyntaxErrors(a.file, () => {
            const text = new TextDecoder().decode(src);
            process.stdout.write(formatModule(lowerModule(parseModule(src, a.file), a.file, text)));
          });
        },
      })
      .demandCommand(1, 'debug needs one of: ast, tokens, symtable, ir, check'),
  handler: () => {},
};
