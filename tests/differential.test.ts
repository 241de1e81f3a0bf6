// Differential corpus, shard 1 of 2 (shard 2 is differential.shard2.test.ts).
import { defineDifferentialSuite } from './harness/differential-suite.js';

defineDifferentialSuite(0, 2);
