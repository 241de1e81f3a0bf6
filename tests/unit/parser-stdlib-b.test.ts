// Stdlib AST comparison, shard 2 of 2 (runs in a second vitest worker).
import { stdlibShard } from './helpers/stdlib-shard.js';

stdlibShard(1, 2);
