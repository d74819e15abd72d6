import { describeFuzz } from './suites/fuzz';
import { runOnSqlite } from './suites/run-on';

runOnSqlite((factory) => describeFuzz(factory, { totalRequests: 1_200, seed: 8 }));
