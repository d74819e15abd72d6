import { describeSyncPush } from './suites/sync-push';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeSyncPush);
