import { describeSyncModel } from './suites/sync-model';
import { runOnSqlite } from './suites/run-on';

runOnSqlite((factory) => describeSyncModel(factory, Number(process.env.SYNC_MODEL_RUNS ?? 200)));
