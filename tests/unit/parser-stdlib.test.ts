// Every .py file of CPython's stdlib: Molt's AST dump must equal ast.dump(),
// plain and with attributes (shard 1 of 2; see parser-stdlib-b.test.ts).
import { stdlibShard } from './helpers/stdlib-shard.js';

stdlibShard(0, 2);
