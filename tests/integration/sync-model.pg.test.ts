import { describeSyncModel } from './suites/sync-model';
import { runOnPostgres } from './suites/run-on';

runOnPostgres((factory) => describeSyncModel(factory, 50));
