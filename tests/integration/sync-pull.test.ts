import { describeSyncPull } from './suites/sync-pull';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeSyncPull);
