import { describeFuzz } from './suites/fuzz';
import { runOnPostgres } from './suites/run-on';

runOnPostgres((factory) => describeFuzz(factory, { totalRequests: 300, seed: 13 }));
