import { describeSyncPush } from './suites/sync-push';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeSyncPush);
