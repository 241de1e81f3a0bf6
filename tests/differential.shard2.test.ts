// Differential corpus, shard 2 of 2 (see differential.test.ts).
import { defineDifferentialSuite } from './harness/differential-suite.js';

defineDifferentialSuite(1, 2);
